package org.mspsdk.fhir;

import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Reference;
import org.mspsdk.MspException.Kind;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Enquiry;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.OrganisationRole;

/**
 * The journey as this record sees it, as one {@code EpisodeOfCare}: it refers to the concern
 * ({@code referralRequest}), the organisations ({@code team}) and the lead council ({@code managingOrganization});
 * when an enquiry was made, its type is {@code type} and its commenced and concluded dates are {@code period}.
 * Every record-level Observation has it as {@code focus}. Its status is derived (finished once the enquiry is
 * concluded or the concern led to none, else active) and not read back. Its {@code identifier} is the place of
 * the shared episode id ({@link FhirUrls#EPISODE_ID}).
 */
final class JourneyMapping {

    static final String KEY = "episode";

    /** What the EpisodeOfCare gives: the enquiry's type and dates, when one was made. */
    record Read(BundleReader.Entry entry, Optional<EnquiryType> enquiryType, Optional<LocalDate> commencedOn,
            Optional<LocalDate> concludedOn, Optional<Reference> team, String teamPath) {
    }

    private JourneyMapping() {
    }

    static Reference write(Concern concern, Optional<Enquiry> enquiry, Reference patient, Reference concernRef,
            Optional<Reference> team, Optional<Reference> lead, BundleWriter w) {
        EpisodeOfCare ep = new EpisodeOfCare();
        boolean finished = enquiry.map(Enquiry::isConcluded)
                .orElse(concern.outcome().filter(o -> o == ConcernOutcome.NO_ENQUIRY).isPresent());
        ep.setStatus(finished ? EpisodeOfCare.EpisodeOfCareStatus.FINISHED : EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        enquiry.ifPresent(e -> {
            ep.addType(Codings.concept(e.type()));
            ep.getPeriod().setStartElement(new DateTimeType(e.commencedOn().toString()));
            e.concludedOn().ifPresent(d -> ep.getPeriod().setEndElement(new DateTimeType(d.toString())));
        });
        ep.setPatient(patient);
        lead.ifPresent(ep::setManagingOrganization);
        ep.addReferralRequest(concernRef);
        team.ifPresent(ep::addTeam);
        return w.add(KEY, ep);
    }

    static Read read(BundleReader r, BundleReader.Entry patient) {
        BundleReader.Entry entry = r.one(EpisodeOfCare.class, "the safeguarding journey");
        EpisodeOfCare ep = (EpisodeOfCare) entry.resource();
        String path = entry.path();
        BundleReader.checkExtensions(ep, path);
        r.expectReference(ep.getPatient(), patient, path + ".patient");
        if (ep.getTeam().size() > 1) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".team",
                    "expected at most one CareTeam (the organisations of the journey)");
        }
        String enquirySystem = FhirUrls.codeSystem(EnquiryType.LIST.id());
        EnquiryType type = null;
        for (int i = 0; i < ep.getType().size(); i++) {
            CodeableConcept cc = ep.getType().get(i);
            if (cc.getCoding().stream().anyMatch(c -> enquirySystem.equals(c.getSystem()))) {
                if (type != null) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, path + ".type", "expected one enquiry type");
                }
                type = Codings.read(cc, EnquiryType.class, path + ".type[" + i + "]");
            }
        }
        Optional<LocalDate> start = Optional.empty();
        Optional<LocalDate> end = Optional.empty();
        if (type != null) {
            if (!ep.getPeriod().hasStartElement() || !ep.getPeriod().getStartElement().hasValue()) {
                throw new FhirMappingException(Kind.MISSING_PART, path + ".period.start",
                        "an enquiry needs the date it commenced");
            }
            start = Optional.of(BundleReader.date(ep.getPeriod().getStartElement(), path + ".period.start"));
            if (ep.getPeriod().hasEndElement() && ep.getPeriod().getEndElement().hasValue()) {
                end = Optional.of(BundleReader.date(ep.getPeriod().getEndElement(), path + ".period.end"));
            }
        } else if (ep.hasPeriod() && !ep.getPeriod().isEmpty()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".type",
                    "the period is the enquiry's: an enquiry type (a coding of " + enquirySystem + ") is required");
        }
        Optional<Reference> team = ep.getTeam().stream().findFirst();
        return new Read(entry, Optional.ofNullable(type), start, end, team, path + ".team[0]");
    }

    /** The concern the journey refers to. */
    static BundleReader.Entry concern(Read journey, BundleReader r) {
        EpisodeOfCare ep = (EpisodeOfCare) journey.entry().resource();
        String path = journey.entry().path() + ".referralRequest";
        if (ep.getReferralRequest().size() != 1) {
            throw new FhirMappingException(Kind.MISSING_PART, path,
                    "expected exactly one reference to the concern (a ServiceRequest)");
        }
        return r.resolve(ep.getReferralRequest().get(0), path + "[0]",
                org.hl7.fhir.r4.model.ServiceRequest.class);
    }

    /** Checks that the managing organisation, when given, is the CareTeam's lead council. */
    static void checkLead(Read journey, BundleReader r) {
        EpisodeOfCare ep = (EpisodeOfCare) journey.entry().resource();
        if (!ep.hasManagingOrganization()) {
            return;
        }
        String path = journey.entry().path() + ".managingOrganization";
        BundleReader.Entry lead = r.resolve(ep.getManagingOrganization(), path,
                org.hl7.fhir.r4.model.Organization.class);
        if (journey.team().isPresent()) {
            CareTeam team = (CareTeam) r.resolve(journey.team().get(), journey.teamPath(), CareTeam.class).resource();
            String system = FhirUrls.codeSystem(OrganisationRole.LIST.id());
            for (CareTeam.CareTeamParticipantComponent p : team.getParticipant()) {
                boolean isLead = p.getRole().stream().flatMap(cc -> cc.getCoding().stream()).anyMatch(
                        c -> system.equals(c.getSystem()) && OrganisationRole.LEAD_COUNCIL.code().equals(c.getCode()));
                if (isLead && p.getMember().getReference() != null
                        && p.getMember().getReference().equals(ep.getManagingOrganization().getReference())) {
                    return;
                }
            }
        }
        throw new FhirMappingException(Kind.INVALID_VALUE, path + ".reference", "expected the organisation with the "
                + "lead-council role in the CareTeam (" + lead.path() + " has no such role)");
    }
}

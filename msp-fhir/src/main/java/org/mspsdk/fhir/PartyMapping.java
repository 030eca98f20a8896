package org.mspsdk.fhir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.mspsdk.MspException.Kind;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.RepresentativeRole;
import org.mspsdk.vocabulary.VoiceType;

/**
 * The parties: each organisation as an {@code Organization} and a participant of the journey's {@code CareTeam}
 * with its roles; each representative role that speaks in the record as one {@code RelatedPerson}; and whose
 * voice an outcome or a questionnaire carries, as a reference to the Patient or a RelatedPerson.
 */
final class PartyMapping {

    static final String CARE_TEAM = "care-team";

    private PartyMapping() {
    }

    // organisations ---------------------------------------------------------------------------------------------

    /** Adds the Organizations and the CareTeam (when there is an organisation); returns the CareTeam's reference. */
    static Optional<Reference> writeOrganisations(List<OrganisationInvolvement> organisations, Reference patient,
            BundleWriter w) {
        if (organisations.isEmpty()) {
            return Optional.empty();
        }
        CareTeam team = new CareTeam();
        team.setSubject(patient);
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationInvolvement o = organisations.get(i);
            Organization org = new Organization();
            org.addIdentifier().setSystem(FhirUrls.ORGANISATION_CODE).setValue(o.code());
            org.addType(Codings.concept(o.type()));
            o.name().ifPresent(org::setName);
            Reference ref = w.add(organisationKey(i), org);
            CareTeam.CareTeamParticipantComponent part = team.addParticipant().setMember(ref);
            for (OrganisationRole role : OrganisationRole.values()) { // the set in code-list order
                if (o.has(role)) {
                    part.addRole(Codings.concept(role));
                }
            }
        }
        return Optional.of(w.add(CARE_TEAM, team));
    }

    static String organisationKey(int index) {
        return "organisation/" + index;
    }

    static List<OrganisationInvolvement> readOrganisations(BundleReader r, Optional<Reference> teamRef,
            String teamPath, BundleReader.Entry patient) {
        if (teamRef.isEmpty()) {
            return List.of();
        }
        BundleReader.Entry teamEntry = r.resolve(teamRef.get(), teamPath, CareTeam.class);
        CareTeam team = (CareTeam) teamEntry.resource();
        String path = teamEntry.path();
        BundleReader.checkExtensions(team, path);
        if (team.hasSubject()) {
            r.expectReference(team.getSubject(), patient, path + ".subject");
        }
        List<OrganisationInvolvement> out = new ArrayList<>();
        for (int i = 0; i < team.getParticipant().size(); i++) {
            CareTeam.CareTeamParticipantComponent part = team.getParticipant().get(i);
            String pp = path + ".participant[" + i + "]";
            BundleReader.Entry orgEntry = r.resolve(part.getMember(), pp + ".member", Organization.class);
            Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
            for (int j = 0; j < part.getRole().size(); j++) {
                roles.add(Codings.read(part.getRole().get(j), OrganisationRole.class, pp + ".role[" + j + "]"));
            }
            out.add(readOrganisation(orgEntry, roles));
        }
        return out;
    }

    private static OrganisationInvolvement readOrganisation(BundleReader.Entry entry, Set<OrganisationRole> roles) {
        Organization org = (Organization) entry.resource();
        String path = entry.path();
        BundleReader.checkExtensions(org, path);
        String code = BundleReader.identifier(org.getIdentifier(), FhirUrls.ORGANISATION_CODE, path + ".identifier")
                .or(() -> BundleReader.identifier(org.getIdentifier(), FhirUrls.ODS_ORGANISATION_CODE,
                        path + ".identifier"))
                .orElseThrow(() -> new FhirMappingException(Kind.MISSING_PART, path + ".identifier",
                        "the organisation's code is required (system " + FhirUrls.ORGANISATION_CODE + " or "
                                + FhirUrls.ODS_ORGANISATION_CODE + ")"));
        OrganisationType type = null;
        String system = FhirUrls.codeSystem(OrganisationType.LIST.id());
        for (int i = 0; i < org.getType().size(); i++) {
            CodeableConcept cc = org.getType().get(i);
            if (cc.getCoding().stream().anyMatch(c -> system.equals(c.getSystem()))) {
                if (type != null) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, path + ".type",
                            "expected one organisation type of " + system);
                }
                type = Codings.read(cc, OrganisationType.class, path + ".type[" + i + "]");
            }
        }
        if (type == null) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".type",
                    "the organisation type (a coding of " + system + ") is required");
        }
        return new OrganisationInvolvement(code, Optional.ofNullable(org.getName()), type, roles);
    }

    // representatives and voices --------------------------------------------------------------------------------

    /** Adds one RelatedPerson for each representative role that speaks in the record, in order of appearance. */
    static void writeRepresentatives(SafeguardingRecord record, Reference patient, BundleWriter w) {
        Set<String> keys = new LinkedHashSet<>();
        List<Optional<RepresentativeRole>> roles = new ArrayList<>();
        Consumer<Voice> collect = v -> {
            if (v.type() != VoiceType.ADULT && (v.type() == VoiceType.REPRESENTATIVE
                    || v.representativeRole().isPresent()) && keys.add(representativeKey(v.representativeRole()))) {
                roles.add(v.representativeRole());
            }
        };
        record.outcomes().desiredOutcomes().forEach(d -> collect.accept(d.expressedBy()));
        record.questionnaires().stream().map(QuestionnaireResponse::respondent).flatMap(Optional::stream)
                .forEach(collect);
        for (Optional<RepresentativeRole> role : roles) {
            RelatedPerson rp = new RelatedPerson();
            rp.setPatient(patient);
            role.ifPresent(v -> rp.addRelationship(Codings.concept(v)));
            w.add(representativeKey(role), rp);
        }
    }

    private static String representativeKey(Optional<RepresentativeRole> role) {
        return "representative/" + role.map(RepresentativeRole::code).orElse("-");
    }

    /**
     * Writes a voice: the Patient for the adult, the role's RelatedPerson for a representative; a best-interests
     * decision is the {@link MspExtension#BEST_INTERESTS_DECISION} extension plus the decision maker's
     * RelatedPerson when a role is named.
     */
    static void writeVoice(Voice v, DomainResource resource, Consumer<Reference> setParty, Reference patient,
            BundleWriter w, String recordPath) {
        switch (v.type()) {
            case ADULT -> {
                if (v.representativeRole().isPresent()) {
                    throw new FhirMappingException(Kind.INVALID_RECORD, recordPath + ".representativeRole",
                            "the adult's own voice names no representative role (rule MSP-OUT-016): fix the record");
                }
                setParty.accept(patient);
            }
            case REPRESENTATIVE -> setParty.accept(w.reference(representativeKey(v.representativeRole())));
            case BEST_INTERESTS_DECISION -> {
                resource.addExtension(MspExtension.BEST_INTERESTS_DECISION.url(), new BooleanType(true));
                v.representativeRole().ifPresent(r -> setParty.accept(w.reference(representativeKey(v
                        .representativeRole()))));
            }
        }
    }

    /** Reads a voice written by {@link #writeVoice}; {@code party} is the reference element (possibly empty). */
    static Voice readVoice(DomainResource resource, String path, Reference party, String partyPath, BundleReader r,
            BundleReader.Entry patient) {
        boolean bestInterests = BundleReader.bool(resource.getExtension(), MspExtension.BEST_INTERESTS_DECISION, path)
                .orElse(false);
        boolean hasParty = party != null && !party.isEmpty();
        if (!hasParty) {
            if (bestInterests) {
                return Voice.bestInterestsDecision();
            }
            throw new FhirMappingException(Kind.MISSING_PART, partyPath,
                    "whose voice this is (the Patient or a RelatedPerson) is required");
        }
        BundleReader.Entry target = r.resolve(party, partyPath, Patient.class, RelatedPerson.class);
        if (target.resource() instanceof Patient) {
            if (target.index() != patient.index()) {
                throw new FhirMappingException(Kind.INVALID_VALUE, partyPath + ".reference",
                        "expected a reference to " + patient.path());
            }
            if (bestInterests) {
                throw new FhirMappingException(Kind.INVALID_VALUE, partyPath, "a best-interests decision names "
                        + "the decision maker (a RelatedPerson) or no one, not the adult");
            }
            return Voice.adult();
        }
        Optional<RepresentativeRole> role = readRelatedPerson(target, r, patient);
        return new Voice(bestInterests ? VoiceType.BEST_INTERESTS_DECISION : VoiceType.REPRESENTATIVE, role);
    }

    private static Optional<RepresentativeRole> readRelatedPerson(BundleReader.Entry entry, BundleReader r,
            BundleReader.Entry patient) {
        RelatedPerson rp = (RelatedPerson) entry.resource();
        String path = entry.path();
        BundleReader.checkExtensions(rp, path);
        r.expectReference(rp.getPatient(), patient, path + ".patient");
        String system = FhirUrls.codeSystem(RepresentativeRole.LIST.id());
        RepresentativeRole role = null;
        for (int i = 0; i < rp.getRelationship().size(); i++) {
            CodeableConcept cc = rp.getRelationship().get(i);
            if (cc.getCoding().stream().anyMatch(c -> system.equals(c.getSystem()))) {
                if (role != null) {
                    throw new FhirMappingException(Kind.INVALID_VALUE, path + ".relationship",
                            "expected one representative role of " + system);
                }
                role = Codings.read(cc, RepresentativeRole.class, path + ".relationship[" + i + "]");
            }
        }
        return Optional.ofNullable(role);
    }
}

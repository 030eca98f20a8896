package org.mspsdk.validation.jakarta;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mspsdk.constraint.ValidSafeguardingRecord;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;

/**
 * The Jakarta Bean Validation validator of {@link ValidSafeguardingRecord}: runs the built-in
 * {@link Validator} and turns each error finding into a constraint violation with the same path (property and
 * iterable nodes built from the finding's path) and the message {@code "<rule id>: <message>"}. Warnings do
 * not become violations: Bean Validation has no severity, and a violation makes {@code @Valid} fail, whereas a
 * record with warnings is valid. "Today" comes from the validation context's {@code ClockProvider}.
 *
 * <p>Registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}. The no-argument
 * constructor uses the built-in instruments; a framework with its own {@code ConstraintValidatorFactory}
 * (Spring, CDI) can construct it with a council's {@link InstrumentCatalogue}.
 *
 * <pre>{@code
 * jakarta.validation.Validator bv = Validation.buildDefaultValidatorFactory().getValidator();
 * for (ConstraintViolation<SafeguardingRecord> v : bv.validate(record)) {
 *     String ruleId = SafeguardingRecordConstraintValidator.ruleIdOf(v).orElse("?");
 *     System.out.println(ruleId + " at " + v.getPropertyPath());
 * }
 * }</pre>
 */
// the Bean Validation API is optional (requires static): only a caller that has it uses this class
@SuppressWarnings("exports")
public final class SafeguardingRecordConstraintValidator
        implements ConstraintValidator<ValidSafeguardingRecord, SafeguardingRecord> {

    private static final Pattern RULE_ID = Pattern.compile("^(MSP-[A-Z]{3}-\\d{3}): ");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d+\\])*)");

    private final InstrumentCatalogue instruments;
    private Profile profile = Profile.IN_PROGRESS;

    /** A validator checking questionnaires against the built-in instruments. */
    public SafeguardingRecordConstraintValidator() {
        this(InstrumentCatalogue.builtIn());
    }

    /**
     * @param instruments the instruments questionnaire responses may answer
     */
    public SafeguardingRecordConstraintValidator(InstrumentCatalogue instruments) {
        this.instruments = Objects.requireNonNull(instruments, "instruments");
    }

    @Override
    public void initialize(ValidSafeguardingRecord annotation) {
        profile = Arrays.asList(annotation.groups()).contains(ValidSafeguardingRecord.SacComplete.class)
                ? Profile.SAC_COMPLETE : Profile.IN_PROGRESS;
    }

    @Override
    public boolean isValid(SafeguardingRecord record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        ValidationReport report = Validator.builder().profile(profile).instruments(instruments)
                .clock(context.getClockProvider().getClock()).build().validate(record);
        if (report.isValid()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding f : report.errors()) {
            addViolation(context, escape(f.ruleId() + ": " + f.message()), f.path());
        }
        return false;
    }

    /**
     * The rule id of a violation raised by this validator.
     *
     * @param violation a constraint violation
     * @return its rule id, or empty when it does not come from this validator
     */
    public static Optional<String> ruleIdOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template == null) {
            return Optional.empty();
        }
        Matcher m = RULE_ID.matcher(template);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Escapes the characters that message interpolation treats specially. */
    static String escape(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Builds the violation's path from a finding path such as {@code outcomes.negotiatedOutcomes[1].revisions[0]
     * .reason}: one property node per name; an index is set on the node that follows it (Bean Validation puts
     * the index of an element on the next node), and a trailing index gets a bean node of its own.
     */
    private static void addViolation(ConstraintValidatorContext context, String template, String path) {
        ConstraintValidatorContext.ConstraintViolationBuilder builder =
                context.buildConstraintViolationWithTemplate(template);
        // exactly one of these is the latest node context
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext open = null;
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext indexed = null;
        Integer pendingIndex = null;
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new IllegalStateException("unexpected finding path segment");
            }
            String name = m.group(1);
            open = indexed != null ? indexed.addPropertyNode(name)
                    : open != null ? open.addPropertyNode(name) : builder.addPropertyNode(name);
            indexed = null;
            if (pendingIndex != null) {
                indexed = open.inIterable().atIndex(pendingIndex);
                open = null;
            }
            String indexes = m.group(2);
            pendingIndex = indexes.isEmpty() ? null
                    : Integer.valueOf(indexes.substring(indexes.lastIndexOf('[') + 1, indexes.length() - 1));
        }
        if (pendingIndex != null) {
            ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext leaf =
                    indexed != null ? indexed.addBeanNode() : open.addBeanNode();
            leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
        } else if (indexed != null) {
            indexed.addConstraintViolation();
        } else if (open != null) {
            open.addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }
}

package org.mspsdk.instrument;

import static org.mspsdk.internal.Checks.list;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.List;
import java.util.Optional;
import org.mspsdk.MspException;

/**
 * A closed set of answers for a questionnaire item, defined as data.
 *
 * @param id      the scale id, for example {@code msx-agreement}
 * @param options the answers in display order (at least one)
 */
public record AnswerScale(String id, List<AnswerOption> options) {

    /** Checks the parts and copies the options. */
    public AnswerScale {
        requiredText(id, "answerScale.id");
        options = list(options, "answerScale.options");
        if (options.isEmpty()) {
            throw new MspException(MspException.Kind.MISSING_PART, "answerScale.options needs at least one option");
        }
    }

    /**
     * @param code an answer code
     * @return the option with that code
     */
    public Optional<AnswerOption> option(String code) {
        for (AnswerOption o : options) { // a loop, not a stream: called for every coded answer the validator checks
            if (o.code().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** @return the codes in display order */
    public List<String> codes() {
        return options.stream().map(AnswerOption::code).toList();
    }
}

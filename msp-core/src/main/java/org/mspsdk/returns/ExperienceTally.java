package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.vocabulary.QuestionnaireStatus;

/**
 * The Part 2 experience measure ({@link MspMeasures.ExperienceResult}): over records closed in the year, the
 * completed responses to the settings' instrument, counted per item by answer code (unanswered counted apart);
 * responses recorded as not offered are counted too. An answer off the item's scale is left out, and reported.
 */
final class ExperienceTally implements PartTally {

    private final String instrumentId;
    private final List<String> items;
    private final List<List<String>> codes = new ArrayList<>();
    /** Per item: one count per scale code, then the unanswered count. */
    private final long[][] answers;
    private long completed;
    private long notOffered;

    ExperienceTally(SacSettings settings) {
        this.instrumentId = settings.experienceInstrument().id();
        this.items = settings.experienceItems();
        for (String linkId : items) {
            codes.add(settings.experienceInstrument().item(linkId).orElseThrow().scale().orElseThrow().codes());
        }
        answers = new long[items.size()][];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = new long[codes.get(i).size() + 1];
        }
    }

    @Override
    public void add(RecordFacts r) {
        if (!r.closedInYear()) {
            return;
        }
        for (QuestionnaireResponse q : r.record().questionnaires()) {
            if (!q.instrumentId().equals(instrumentId)) {
                continue;
            }
            if (q.status() == QuestionnaireStatus.NOT_OFFERED) {
                notOffered++;
                continue;
            }
            completed++;
            for (int i = 0; i < answers.length; i++) {
                Optional<String> code = q.answer(items.get(i)).flatMap(ItemAnswer::code);
                List<String> scale = codes.get(i);
                if (code.isEmpty()) {
                    answers[i][scale.size()]++;
                } else {
                    int idx = scale.indexOf(code.get());
                    if (idx < 0) {
                        r.issue(DataQualityIssue.EXPERIENCE_ANSWER_NOT_ON_SCALE);
                    } else {
                        answers[i][idx]++;
                    }
                }
            }
        }
    }

    @Override
    public void merge(PartTally other) {
        ExperienceTally o = (ExperienceTally) other;
        Counts.addAll(answers, o.answers);
        completed += o.completed;
        notOffered += o.notOffered;
    }

    long completed() {
        return completed;
    }

    long notOffered() {
        return notOffered;
    }

    /** @return one result per item, in item order */
    List<MspMeasures.ExperienceResult> results() {
        List<MspMeasures.ExperienceResult> out = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> scale = codes.get(i);
            for (int c = 0; c < scale.size(); c++) {
                counts.put(scale.get(c), answers[i][c]);
            }
            counts.put(MspMeasures.ExperienceResult.NOT_ANSWERED, answers[i][scale.size()]);
            out.add(new MspMeasures.ExperienceResult(items.get(i), counts));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExperienceTally other && Arrays.deepEquals(answers, other.answers)
                && completed == other.completed && notOffered == other.notOffered;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(answers) * 31 + Long.hashCode(completed);
    }
}

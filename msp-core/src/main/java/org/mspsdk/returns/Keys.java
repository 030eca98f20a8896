package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.mspsdk.MspException;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * Resolves the typed keys of a {@link SacReturn} query (a population and code-list entries) to a table and a
 * cell position, from the tables' shapes; every failure names what was expected.
 */
final class Keys {

    private Keys() {
    }

    /**
     * @return the one table having the population and a cell for the keys
     * @throws NullPointerException naming {@code population} or {@code keys[i]} when one is null
     */
    static SacTable table(Population population, Code... keys) {
        Objects.requireNonNull(population, "population");
        for (int i = 0; i < keys.length; i++) {
            Objects.requireNonNull(keys[i], "keys[" + i + "]");
        }
        Predicate<TableShape> fits = keys.length == 1
                ? s -> s.blocks().stream().anyMatch(b -> b.keys().contains(keys[0]))
                : s -> s.rows().contains(keys[0]) && s.columns().contains(keys[1]);
        List<SacTable> found = new ArrayList<>();
        for (SacTable t : SacTable.values()) {
            if (t.shape().populations().contains(population) && fits.test(t.shape())) {
                found.add(t);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        String given = names(keys);
        if (found.isEmpty()) {
            String kind = keys.length == 1 ? "one-way table" : "cross-tabulation";
            List<String> expected = keys.length == 1 ? oneWayKeys(population) : crossTabKeys(population);
            throw new MspException(MspException.Kind.INVALID_VALUE, "no SAC table of " + population.enquiryType()
                    + " is keyed by " + given + (expected.isEmpty() ? ": " + population.enquiryType() + " has no "
                    + kind : ": expected " + (keys.length == 1 ? "one of " : "a row and column of one of ")
                    + expected));
        }
        throw new MspException(MspException.Kind.INVALID_VALUE, "several SAC tables of " + population.enquiryType()
                + " are keyed by " + given + " (" + found.stream().map(SacTable::reference).toList()
                + "): expected the table to be named, count(table, population, keys)");
    }

    /** @return the position of the keys' cell among the table's cells of one population */
    static int index(SacTable table, Population population, Code... keys) {
        TableShape shape = table.shape();
        requirePopulation(table, population);
        int expected = switch (shape.kind()) {
            case ONE_WAY -> 1;
            case CROSS_TAB -> 2;
            case TOTAL -> 0;
        };
        if (keys.length != expected) {
            throw new MspException(MspException.Kind.INVALID_VALUE, table.reference() + " is " + describe(shape)
                    + ": expected " + expected + " key(s) but got " + keys.length + (keys.length == 0 ? ""
                    : " (" + names(keys) + ")"));
        }
        return switch (shape.kind()) {
            case ONE_WAY -> shape.index(keys[0]);
            case CROSS_TAB -> shape.index(keys[0], keys[1]);
            case TOTAL -> 0;
        };
    }

    /** @throws MspException of kind {@code INVALID_VALUE} when the table does not have the population */
    static void requirePopulation(SacTable table, Population population) {
        if (!table.shape().populations().contains(population)) {
            throw new MspException(MspException.Kind.INVALID_VALUE, table.reference() + " has no "
                    + population.enquiryType() + ": expected one of "
                    + table.shape().populations().stream().map(Population::enquiryType).toList());
        }
    }

    /** A block of a one-way table. */
    record BlockOf(SacTable table, TableShape.Block block) {
    }

    /** @return the one-way table and block of a code list in a population */
    static BlockOf block(Population population, Class<? extends Code> codeList) {
        for (SacTable t : SacTable.values()) {
            if (t.shape().populations().contains(population) && t.shape().blockOf(codeList).isPresent()) {
                return new BlockOf(t, t.shape().blockOf(codeList).get());
            }
        }
        throw new MspException(MspException.Kind.INVALID_VALUE, "no block of " + population.enquiryType()
                + " is keyed by " + codeList.getSimpleName() + ": expected one of " + oneWayKeys(population));
    }

    private static String describe(TableShape s) {
        return switch (s.kind()) {
            case ONE_WAY -> "keyed by " + s.blocks().stream().map(b -> b.codeList().getSimpleName()).toList();
            case CROSS_TAB -> "a cross-tabulation of " + names(s.rows().get(0)) + " by " + names(s.columns().get(0));
            case TOTAL -> "one total per population";
        };
    }

    /** @return the blocks of the population's one-way tables, as "SG4a OutcomeAchievement" */
    private static List<String> oneWayKeys(Population population) {
        List<String> out = new ArrayList<>();
        for (SacTable t : SacTable.values()) {
            if (t.shape().populations().contains(population)) {
                t.shape().blocks().forEach(b -> out.add(t.reference() + " " + b.codeList().getSimpleName()));
            }
        }
        return out;
    }

    /** @return the population's cross-tabulations, as "SG2a TypeOfRisk by SourceOfRisk" */
    private static List<String> crossTabKeys(Population population) {
        List<String> out = new ArrayList<>();
        for (SacTable t : SacTable.values()) {
            if (t.shape().kind() == TableShape.Kind.CROSS_TAB && t.shape().populations().contains(population)) {
                out.add(t.reference() + " " + names(t.shape().rows().get(0)) + " by "
                        + names(t.shape().columns().get(0)));
            }
        }
        return out;
    }

    private static String names(Code... keys) {
        List<String> out = new ArrayList<>();
        for (Code k : keys) {
            out.add(k instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : k.getClass().getSimpleName());
        }
        return String.join(" and ", out);
    }
}

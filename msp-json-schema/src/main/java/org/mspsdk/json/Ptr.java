package org.mspsdk.json;

import org.mspsdk.json.internal.SafeText;

/**
 * A JSON Pointer built only when an error needs it: decoding a valid document allocates one small node per
 * property instead of concatenating a string for every property and array item. It has two renderings:
 * {@link #toString()} for messages, which shows a property name only when it is a name of the wire format
 * ({@link SafeText#name}), and {@link #key()}, the exact pointer under which tolerant decoding keeps an unknown
 * property.
 */
final class Ptr {

    static final Ptr ROOT = new Ptr(null, null, -1);

    private final Ptr parent;
    private final String name;
    private final int index;

    private Ptr(Ptr parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** @param name a property name @return the pointer to that property of this object */
    Ptr child(String name) {
        return new Ptr(this, name, -1);
    }

    /** @param index an array index @return the pointer to that item of this array */
    Ptr item(int index) {
        return new Ptr(this, null, index);
    }

    /** @return the pointer for a message: names that are not names of the wire format replaced */
    @Override
    public String toString() {
        return render(true);
    }

    /** @return the exact pointer (RFC 6901 escaping), the key of an extension; never for a message */
    String key() {
        return render(false);
    }

    private String render(boolean safe) {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, safe);
        return sb.toString();
    }

    private void append(StringBuilder sb, boolean safe) {
        if (parent == null) {
            return;
        }
        parent.append(sb, safe);
        sb.append('/');
        if (name != null) {
            sb.append(safe ? SafeText.name(name) : Wire.escape(name));
        } else {
            sb.append(index);
        }
    }
}

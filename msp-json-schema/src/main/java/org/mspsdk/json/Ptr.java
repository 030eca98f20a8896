package org.mspsdk.json;

/**
 * A JSON Pointer built only when an error needs it: decoding a valid document allocates one small node per
 * property instead of concatenating a string for every property and array item.
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

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.append(sb);
        sb.append('/');
        if (name != null) {
            sb.append(Wire.escape(name));
        } else {
            sb.append(index);
        }
    }
}

package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.invariant.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text a content item is checked as, and where each field sits in it, so an issue's span can be
 * shown in the field it came from. The post comes first, exactly as the platform shows it (caption, then
 * the hashtags), so the "more" cut and caption limits are measured from the caption's first character;
 * the title and the script follow, each on its own lines so no sentence runs from one field into another.
 *
 * @param text everything checked
 * @param postLength the caption-and-hashtags part, from the start of {@code text}
 * @param parts the fields, in text order, with their spans in {@code text}
 */
public record ReviewedText(String text, int postLength, List<Part> parts) {

    /** The fields of a content item that are checked. */
    public enum Field {
        CAPTION,
        HASHTAGS,
        TITLE,
        SCRIPT
    }

    /** One field's span {@code [start, end)} in the checked text. */
    public record Part(Field field, int start, int end) {
        public Part {
            Invariants.notNull("field", field);
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("part " + field + ": [" + start + ", " + end + ") is not a span");
            }
        }

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final String FIELD_BREAK = "\n\n";

    public ReviewedText {
        Invariants.notNull("text", text);
        parts = Invariants.listOf("parts", parts);
        if (postLength < 0 || postLength > text.length()) {
            throw new IllegalArgumentException("post_length: " + postLength + " is outside 0.." + text.length());
        }
    }

    public static ReviewedText of(ContentBody body) {
        StringBuilder text = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        append(text, parts, Field.CAPTION, body.caption(), "");
        String hashtags =
                String.join(" ", body.hashtags().stream().map(tag -> "#" + tag).toList());
        append(text, parts, Field.HASHTAGS, hashtags, "\n");
        int postLength = text.length();
        append(text, parts, Field.TITLE, body.title(), FIELD_BREAK);
        append(text, parts, Field.SCRIPT, body.scriptContent(), FIELD_BREAK);
        return new ReviewedText(text.toString(), postLength, parts);
    }

    private static void append(StringBuilder text, List<Part> parts, Field field, String value, String separator) {
        if (value.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(separator);
        }
        parts.add(new Part(field, text.length(), text.length() + value.length()));
        text.append(value);
    }

    /** The field an offset of the checked text lies in (an issue's start), if any. */
    public Optional<Part> partAt(int offset) {
        return parts.stream().filter(part -> part.contains(offset)).findFirst();
    }

    /** An offset of the checked text as an offset inside its field. */
    public int offsetInField(int offset) {
        return partAt(offset).map(part -> offset - part.start()).orElse(offset);
    }
}

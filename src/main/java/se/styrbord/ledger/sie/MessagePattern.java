package se.styrbord.ledger.sie;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link java.text.MessageFormat} pattern with plain arguments ({@code {0}}, no format types),
 * cut once into literal text and argument indexes, so that wording a problem costs a few appends.
 * Quotes follow MessageFormat: {@code ''} is an apostrophe, text between single quotes is literal.
 */
final class MessagePattern {

    /** The literal text before each argument, and after the last one. */
    private final String[] texts;

    private final int[] arguments;

    private MessagePattern(String[] texts, int[] arguments) {
        this.texts = texts;
        this.arguments = arguments;
    }

    static MessagePattern of(String pattern) {
        List<String> texts = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    text.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("argument not closed in " + pattern);
                }
                arguments.add(Integer.parseInt(pattern.substring(i + 1, close)));
                texts.add(text.toString());
                text.setLength(0);
                i = close;
            } else {
                text.append(c);
            }
        }
        texts.add(text.toString());
        return new MessagePattern(
                texts.toArray(String[]::new),
                arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** How many arguments the pattern takes: its highest index plus one. */
    int arity() {
        int max = -1;
        for (int a : arguments) {
            max = Math.max(max, a);
        }
        return max + 1;
    }

    /** The text with {@code args} in place; an argument not given stays as its placeholder. */
    String format(String[] args) {
        StringBuilder sb = new StringBuilder(64);
        sb.append(texts[0]);
        for (int i = 0; i < arguments.length; i++) {
            int a = arguments[i];
            if (a < args.length) {
                sb.append(args[a]);
            } else {
                sb.append('{').append(a).append('}');
            }
            sb.append(texts[i + 1]);
        }
        return sb.toString();
    }
}

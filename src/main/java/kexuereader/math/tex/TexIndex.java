package kexuereader.math.tex;

import java.util.Arrays;

/**
 * Where each brace group and each optional argument of one LaTeX string closes, computed once in a single
 * pass. Rewrites look arguments up here instead of scanning forward for every one, which keeps them linear even
 * on input such as ten thousand unclosed {@code \label{} groups.
 */
public final class TexIndex {

    private final int[] braceClose;
    private final int[] bracketClose;

    private TexIndex(int[] braceClose, int[] bracketClose) {
        this.braceClose = braceClose;
        this.bracketClose = bracketClose;
    }

    public static TexIndex of(CharSequence s) {
        int n = s.length();
        int[] braces = new int[n];
        int[] brackets = new int[n];
        Arrays.fill(braces, Tex.NONE);
        Arrays.fill(brackets, Tex.NONE);
        int[] openStack = new int[16];
        int depth = 0;
        // Open '[' per brace level, chained through 'brackets' itself: each holds the previous pending one.
        int[] pendingBracket = new int[17];
        pendingBracket[0] = Tex.NONE;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                if (depth == openStack.length) {
                    openStack = Arrays.copyOf(openStack, depth * 2);
                    pendingBracket = Arrays.copyOf(pendingBracket, depth * 2 + 1);
                }
                openStack[depth++] = i;
                pendingBracket[depth] = Tex.NONE;
            } else if (c == '}') {
                if (depth > 0) {
                    clearPending(brackets, pendingBracket[depth], Tex.NONE);
                    braces[openStack[--depth]] = i + 1;
                }
            } else if (c == '[') {
                brackets[i] = pendingBracket[depth];
                pendingBracket[depth] = i;
            } else if (c == ']') {
                clearPending(brackets, pendingBracket[depth], i + 1);
                pendingBracket[depth] = Tex.NONE;
            }
        }
        for (int d = depth; d >= 0; d--) {
            clearPending(brackets, pendingBracket[d], Tex.NONE);
        }
        return new TexIndex(braces, brackets);
    }

    private static void clearPending(int[] brackets, int head, int value) {
        int p = head;
        while (p != Tex.NONE) {
            int next = brackets[p];
            brackets[p] = value;
            p = next;
        }
    }

    /** Index past the brace closing the group that opens at {@code i}, or {@link Tex#NONE}. */
    public int groupEnd(int i) {
        return i >= 0 && i < braceClose.length ? braceClose[i] : Tex.NONE;
    }

    /** Index past the {@code ]} closing the optional argument opening at {@code i}, or {@link Tex#NONE}. */
    public int optionalEnd(int i) {
        return i >= 0 && i < bracketClose.length ? bracketClose[i] : Tex.NONE;
    }

    /** End of one macro argument at {@code i}: a group, a control sequence or a character. */
    public int argumentEnd(CharSequence s, int i) {
        if (i >= s.length()) {
            return Tex.NONE;
        }
        char c = s.charAt(i);
        if (c == '{') {
            return groupEnd(i);
        }
        return Tex.argumentEnd(s, i);
    }
}

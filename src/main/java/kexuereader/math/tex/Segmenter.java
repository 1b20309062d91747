package kexuereader.math.tex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts one paragraph into text and math the way MathJax 2's tex2jax did on the blog: {@code $…$} and
 * {@code \(…\)} inline, {@code $$…$$}, {@code \[…\]} and any {@code \begin{x}…\end{x}} display; {@code \$}
 * is a dollar sign; a closing delimiter counts only outside braces opened inside the math, else the first one
 * is taken; an opening delimiter with no closing one is text.
 *
 * <p>Runs in linear time whatever the input: the paragraph is tokenised once, and for each kind of closing
 * delimiter the first one at brace level zero is precomputed along "next position with depth not above"
 * chains, so a failed search never rescans (100,000 {@code $} or unbalanced braces stay cheap). Unlike
 * tex2jax, an environment also matches nested environments of the same name.
 */
public final class Segmenter {

    private static final byte DOLLAR = 1;
    private static final byte LBRACE = 2;
    private static final byte RBRACE = 3;
    private static final byte OPEN_PAREN = 4;
    private static final byte CLOSE_PAREN = 5;
    private static final byte OPEN_BRACKET = 6;
    private static final byte CLOSE_BRACKET = 7;
    private static final byte BEGIN = 8;
    private static final byte END = 9;
    private static final byte REF = 10;
    private static final byte ESCAPED_DOLLAR = 11;

    /** Environment names and labels longer than this are not taken as such (they would be prose gone wrong). */
    private static final int MAX_NAME = 64;
    private static final int MAX_LABEL = 256;

    private final String p;
    private int count;
    private byte[] kind = new byte[16];
    private int[] start = new int[16];
    private int[] end = new int[16];
    private String[] name = new String[16];

    private Segmenter(String paragraph) {
        this.p = paragraph;
    }

    /** The paragraph as text and math pieces, in order; adjacent text is merged. */
    public static List<Piece> segment(String paragraph) {
        Segmenter s = new Segmenter(paragraph);
        s.tokenise();
        return s.cut();
    }

    private void tokenise() {
        String s = p;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '$') {
                add(DOLLAR, i, i + 1, null);
                i++;
            } else if (c == '{') {
                add(LBRACE, i, i + 1, null);
                i++;
            } else if (c == '}') {
                add(RBRACE, i, i + 1, null);
                i++;
            } else if (c == '\\' && i + 1 < n) {
                i = escape(i);
            } else {
                i++;
            }
        }
    }

    /** Tokenises the backslash sequence at {@code i}; returns where scanning resumes. */
    private int escape(int i) {
        String s = p;
        char d = s.charAt(i + 1);
        switch (d) {
            case '$':
                add(ESCAPED_DOLLAR, i, i + 2, null);
                return i + 2;
            case '(':
                add(OPEN_PAREN, i, i + 2, null);
                return i + 2;
            case ')':
                add(CLOSE_PAREN, i, i + 2, null);
                return i + 2;
            case '[':
                add(OPEN_BRACKET, i, i + 2, null);
                return i + 2;
            case ']':
                add(CLOSE_BRACKET, i, i + 2, null);
                return i + 2;
            default:
                break;
        }
        if (!Tex.isLetter(d)) {
            return i + 2; // \\, \{, \} and the like: never delimiters, never braces
        }
        int wordEnd = Tex.controlSequenceEnd(s, i);
        int len = wordEnd - i - 1;
        boolean isBegin = len == 5 && s.startsWith("begin", i + 1);
        boolean isEnd = len == 3 && s.startsWith("end", i + 1);
        boolean isRef = (len == 5 && s.startsWith("eqref", i + 1)) || (len == 3 && s.startsWith("ref", i + 1));
        if ((isBegin || isEnd || isRef) && wordEnd < s.length() && s.charAt(wordEnd) == '{') {
            int close = simpleGroupClose(wordEnd, isRef ? MAX_LABEL : MAX_NAME);
            if (close > 0) {
                String arg = s.substring(wordEnd + 1, close);
                add(isBegin ? BEGIN : isEnd ? END : REF, i, close + 1, arg);
                return close + 1;
            }
        }
        return wordEnd;
    }

    /** The index of the '}' closing a short group without nested braces or backslashes, or -1. */
    private int simpleGroupClose(int open, int maxLength) {
        int limit = Math.min(p.length(), open + 2 + maxLength);
        for (int j = open + 1; j < limit; j++) {
            char c = p.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{' || c == '\\' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private void add(byte k, int from, int to, String arg) {
        if (count == kind.length) {
            int size = count * 2;
            kind = Arrays.copyOf(kind, size);
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            name = Arrays.copyOf(name, size);
        }
        kind[count] = k;
        start[count] = from;
        end[count] = to;
        name[count] = arg;
        count++;
    }

    private List<Piece> cut() {
        int n = count;
        int[] nextLowOrEqual = nextLowOrEqualDepth();
        boolean[] isDollar = new boolean[n];
        boolean[] isDoubleDollar = new boolean[n];
        boolean[] isCloseParen = new boolean[n];
        boolean[] isCloseBracket = new boolean[n];
        for (int k = 0; k < n; k++) {
            isDollar[k] = kind[k] == DOLLAR;
            isDoubleDollar[k] = isDollar[k] && k + 1 < n && kind[k + 1] == DOLLAR && start[k + 1] == end[k];
            isCloseParen[k] = kind[k] == CLOSE_PAREN;
            isCloseBracket[k] = kind[k] == CLOSE_BRACKET;
        }
        Closers dollar = new Closers(isDollar, nextLowOrEqual);
        Closers doubleDollar = new Closers(isDoubleDollar, nextLowOrEqual);
        Closers paren = new Closers(isCloseParen, nextLowOrEqual);
        Closers bracket = new Closers(isCloseBracket, nextLowOrEqual);
        int[] environmentEnd = matchEnvironments();

        Output out = new Output(p);
        int k = 0;
        while (k < n) {
            switch (kind[k]) {
                case DOLLAR -> {
                    if (isDoubleDollar[k]) {
                        int c = doubleDollar.after(k + 1);
                        if (c != Tex.NONE) {
                            out.math(Delimiter.DOUBLE_DOLLAR, start[k], end[c + 1], 2);
                            k = c + 2;
                        } else {
                            k += 2; // an unclosed $$ is text; later single dollars may still pair up
                        }
                    } else {
                        int c = dollar.after(k);
                        if (c != Tex.NONE) {
                            out.math(Delimiter.DOLLAR, start[k], end[c], 1);
                            k = c + 1;
                        } else {
                            k++;
                        }
                    }
                }
                case OPEN_PAREN -> k = delimited(out, paren, k, Delimiter.PAREN);
                case OPEN_BRACKET -> k = delimited(out, bracket, k, Delimiter.BRACKET);
                case BEGIN -> {
                    int e = environmentEnd[k];
                    if (e != Tex.NONE) {
                        out.math(Delimiter.ENVIRONMENT, start[k], end[e], 0);
                        k = e + 1;
                    } else {
                        k++;
                    }
                }
                case REF -> {
                    out.math(Delimiter.TEXT_REFERENCE, start[k], end[k], 0);
                    k++;
                }
                case ESCAPED_DOLLAR -> {
                    out.escapedDollar(start[k], end[k]);
                    k++;
                }
                default -> k++;
            }
        }
        return out.finish();
    }

    private int delimited(Output out, Closers closers, int k, Delimiter delimiter) {
        int c = closers.after(k);
        if (c == Tex.NONE) {
            return k + 1;
        }
        out.math(delimiter, start[k], end[c], 2);
        return c + 1;
    }

    /**
     * For each token, the next token whose brace depth is not above its own. Walking these links from an
     * opening delimiter visits exactly the tokens where the brace count opened inside the math is zero.
     */
    private int[] nextLowOrEqualDepth() {
        int n = count;
        int[] depth = new int[n];
        int d = 0;
        for (int k = 0; k < n; k++) {
            if (kind[k] == LBRACE) {
                d++;
            } else if (kind[k] == RBRACE) {
                d--;
            }
            depth[k] = d;
        }
        int[] next = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int k = n - 1; k >= 0; k--) {
            while (top > 0 && depth[stack[top - 1]] > depth[k]) {
                top--;
            }
            next[k] = top > 0 ? stack[top - 1] : Tex.NONE;
            stack[top++] = k;
        }
        return next;
    }

    /** For each {@code \begin{x}}, the token of its {@code \end{x}}, counting nested ones of the same name. */
    private int[] matchEnvironments() {
        int[] match = new int[count];
        Arrays.fill(match, Tex.NONE);
        Map<String, ArrayDeque<Integer>> open = new HashMap<>();
        for (int k = 0; k < count; k++) {
            if (kind[k] == BEGIN) {
                open.computeIfAbsent(name[k], x -> new ArrayDeque<>()).push(k);
            } else if (kind[k] == END) {
                ArrayDeque<Integer> stack = open.get(name[k]);
                if (stack != null && !stack.isEmpty()) {
                    match[stack.pop()] = k;
                }
            }
        }
        return match;
    }

    /** Closing delimiters of one kind: the first at brace level zero after an opener, else the first at all. */
    private static final class Closers {
        private final int[] firstOnChain;
        private final int[] firstAfter;
        private final int[] nextLowOrEqual;

        Closers(boolean[] is, int[] nextLowOrEqual) {
            int n = is.length;
            this.nextLowOrEqual = nextLowOrEqual;
            firstOnChain = new int[n];
            firstAfter = new int[n + 1];
            firstAfter[n] = Tex.NONE;
            for (int k = n - 1; k >= 0; k--) {
                int link = nextLowOrEqual[k];
                firstOnChain[k] = is[k] ? k : link == Tex.NONE ? Tex.NONE : firstOnChain[link];
                firstAfter[k] = is[k] ? k : firstAfter[k + 1];
            }
        }

        /** The closer for an opener whose last token is {@code k}. */
        int after(int k) {
            int link = nextLowOrEqual[k];
            int balanced = link == Tex.NONE ? Tex.NONE : firstOnChain[link];
            return balanced != Tex.NONE ? balanced : firstAfter[k + 1];
        }
    }

    /** Collects pieces, merging adjacent text. */
    private static final class Output {
        private final String p;
        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int textStart;

        Output(String p) {
            this.p = p;
        }

        void escapedDollar(int from, int to) {
            text.append(p, textStart, from).append('$');
            textStart = to;
        }

        void math(Delimiter delimiter, int from, int to, int delimiterLength) {
            text.append(p, textStart, from);
            flushText();
            String original = p.substring(from, to);
            String body = delimiterLength == 0 ? original
                    : p.substring(from + delimiterLength, to - delimiterLength);
            pieces.add(new Piece.Math(delimiter, original, body));
            textStart = to;
        }

        List<Piece> finish() {
            text.append(p, textStart, p.length());
            flushText();
            return pieces;
        }

        private void flushText() {
            if (text.length() > 0) {
                pieces.add(new Piece.Text(text.toString()));
                text.setLength(0);
            }
        }
    }
}

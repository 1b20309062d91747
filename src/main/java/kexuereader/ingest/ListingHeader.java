package kexuereader.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.model.PublishDate;

/**
 * The line under a listing-page title: {@code By 苏剑林 | 2024-04-17 | 31926位读者 | 引用<first paragraph…>}.
 *
 * @param date    the date it shows
 * @param readers the reader count, or {@code null} when the line shows none
 * @param rest    what follows the last field, with the glued {@code 引用} removed: the start of the body
 */
record ListingHeader(PublishDate date, Integer readers, String rest) {

    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern READERS = Pattern.compile("^([\\d,]{1,13})\\s*位?读者$");

    /** What a line is: a header, a line that starts like one but is broken, or ordinary text. */
    sealed interface Parse permits Header, Broken, NotHeader {
    }

    record Header(ListingHeader header) implements Parse {
    }

    /** Starts like a header but a field is unreadable; the reason says which. */
    record Broken(String reason, String detail) implements Parse {
    }

    record NotHeader() implements Parse {
    }

    /**
     * Whether the line starts like a header: {@code By}, whitespace, at most 40 characters of author, then
     * {@code |}. Asked of every line several times, so written out rather than a regular expression.
     */
    static boolean looksLikeStart(Line line) {
        String n = line.normalized();
        int len = n.length();
        if (len < 4 || (n.charAt(0) | 0x20) != 'b' || (n.charAt(1) | 0x20) != 'y'
                || !TextKeys.isRegexSpace(n.charAt(2))) {
            return false;
        }
        int i = 3;
        while (i < len && TextKeys.isRegexSpace(n.charAt(i))) {
            i++;
        }
        // as "\\s+[^|]{0,40}\\|" would: the first '|' within 40 characters of the end of the spaces
        int limit = Math.min(len, i + 41);
        for (int j = i; j < limit; j++) {
            if (n.charAt(j) == '|') {
                return true;
            }
        }
        return false;
    }

    static Parse parse(Line line) {
        if (!looksLikeStart(line)) {
            return new NotHeader();
        }
        String text = line.text();
        int[] seps = separators(text, 3);
        if (seps.length < 1) {
            return new Broken("noBar", "");
        }
        String dateField = field(text, seps, 0);
        Matcher d = DATE.matcher(TextKeys.nfkc(dateField));
        if (!d.matches()) {
            return new Broken("notDate", abbreviate(dateField));
        }
        int year = Integer.parseInt(d.group(1));
        int month = Integer.parseInt(d.group(2));
        int day = Integer.parseInt(d.group(3));
        if (!PublishDate.isValid(year, month, day) || year < 1990 || year > 2100) {
            return new Broken("badDate", dateField.strip());
        }
        PublishDate date = PublishDate.of(year, month, day);
        Integer readers = null;
        int restFrom = seps.length > 1 ? seps[1] + 1 : text.length();
        if (seps.length > 1) {
            Matcher r = READERS.matcher(TextKeys.nfkc(field(text, seps, 1)));
            if (r.matches()) {
                String digits = r.group(1).replace(",", "");
                if (digits.isEmpty() || digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
                    return new Broken("notReaders", field(text, seps, 1).strip());
                }
                readers = Integer.parseInt(digits);
                restFrom = seps.length > 2 ? seps[2] + 1 : text.length();
            }
        } else {
            Matcher r = READERS.matcher(TextKeys.nfkc(text.substring(seps[0] + 1).strip()));
            if (r.matches()) {
                return new Header(new ListingHeader(date, Integer.parseInt(r.group(1).replace(",", "")), ""));
            }
            restFrom = text.length();
        }
        if (seps.length == 1) {
            // "By 苏剑林 | 2024-04-17 引用…": no more separators; the date field took the whole rest
            restFrom = text.length();
        }
        String rest = TextKeys.strip(text.substring(Math.min(restFrom, text.length())));
        if (TextKeys.nfkc(rest).startsWith(PageChrome.CITE)) {
            rest = TextKeys.strip(rest.substring(PageChrome.CITE.length()));
        }
        return new Header(new ListingHeader(date, readers, rest));
    }

    /** Positions of the first {@code max} field separators ({@code |} or full-width {@code ｜}). */
    private static int[] separators(String text, int max) {
        int[] found = new int[max];
        int count = 0;
        for (int i = 0; i < text.length() && count < max; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '｜') {
                found[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** The text between separator {@code i} and the next one (or the end). */
    private static String field(String text, int[] seps, int i) {
        int from = seps[i] + 1;
        int to = i + 1 < seps.length ? seps[i + 1] : text.length();
        return text.substring(from, to).strip();
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}

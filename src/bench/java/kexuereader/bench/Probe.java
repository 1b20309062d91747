package kexuereader.bench;

import java.util.Locale;

/**
 * The child process of the "first in a JVM" figures: {@code Probe page N} builds one page of N formulas in a
 * fresh JVM and prints {@code page: T ms}.
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("page")) {
            double ms = PageBench.firstPage(Integer.parseInt(args[1]));
            System.out.println(String.format(Locale.ROOT, "page: %.1f ms", ms));
            System.exit(0);
        }
        System.err.println("usage: Probe page N");
        System.exit(2);
    }
}

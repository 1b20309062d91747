package kexuereader.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version the build wrote into the jar's manifest, so the jar, the installed package and
 * the pom agree; "development build" when run from compiled classes without a manifest.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"kexue-reader " + of()};
    }

    static String of() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}

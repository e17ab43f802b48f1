package se.styrbord.cli;

import picocli.CommandLine.IVersionProvider;

class Versions implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return new String[] {"Styrbord " + (version == null ? "(development build)" : version)};
    }
}

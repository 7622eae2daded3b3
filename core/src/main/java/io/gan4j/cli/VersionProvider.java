package io.gan4j.cli;

import io.gan4j.train.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"gan4j " + Version.current() + " (Java " + Runtime.version() + ")"};
    }
}

package org.freqbias.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program and the machine a result was made with, as a bundle records them: the program's
 * version and git commit (written by the build into {@value #RESOURCE}, see maven-antrun-plugin in
 * pom.xml: the 40-digit commit, "-dirty" appended when tracked files differed from it; a build
 * outside git says {@value #UNKNOWN}), the Java runtime, the operating system, the architecture
 * and the core count.
 */
public record BuildInfo(String version, String commit, String javaVersion, String javaVendor, String os, String arch,
        int cores) {

    /** What a build outside git (or a run from classes without the resource) says. */
    public static final String UNKNOWN = "unknown";
    static final String RESOURCE = "/org/freqbias/build.properties";

    /** This program on this machine. */
    public static BuildInfo current() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // unreadable: as a build outside git
        }
        String commit = build.getProperty("commit", "");
        return new BuildInfo(build.getProperty("version", UNKNOWN), commit.matches("[0-9a-f]{40}(-dirty)?") ? commit : UNKNOWN,
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }
}

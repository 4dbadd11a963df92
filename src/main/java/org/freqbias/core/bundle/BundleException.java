package org.freqbias.core.bundle;

import java.io.IOException;

/**
 * A bundle that is refused: not a complete zip, an entry whose name would leave the output folder,
 * too large, listed twice, missing from or not matching its SHA-256 in the manifest. The message
 * names the entry and what is wrong; nothing of the bundle is used.
 */
public class BundleException extends IOException {

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}

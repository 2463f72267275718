package dev.asl4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every file the CLI is given (definitions, case files, mocks, {@code --input @file}) the
 * same guarded way: regular files only (a FIFO, {@code /dev/zero} or a socket is refused, not read
 * for ever), at most {@link #MAX_BYTES}, counted while reading (a sparse file that claims to be
 * small or grows meanwhile cannot get past it), and strict UTF-8.
 */
final class CliFiles {
  /** The most any one file may hold: 64 MiB, far above AWS's 1 MB definitions. */
  static final int MAX_BYTES = 64 << 20;

  private CliFiles() {}

  /**
   * The file's bytes, or why it cannot be read: "no such file", "a directory", "not a regular
   * file (a FIFO, device or socket)", "larger than 64 MiB", "permission denied", ...
   */
  static byte[] bytes(Path file) throws Unreadable {
    if (Files.isDirectory(file)) {
      throw new Unreadable("is a directory");
    }
    if (!Files.exists(file)) {
      throw new Unreadable("no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new Unreadable("not a regular file (a FIFO, device or socket): asl reads regular files"
          + " only");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] data = in.readNBytes(MAX_BYTES + 1);
      if (data.length > MAX_BYTES) {
        throw new Unreadable("larger than " + (MAX_BYTES >> 20) + " MiB, the most asl reads");
      }
      return data;
    } catch (IOException e) {
      throw new Unreadable(JsonArgs.describe(e));
    }
  }

  /** Strict UTF-8 text (a leading byte-order mark dropped). */
  static String text(Path file) throws Unreadable {
    byte[] data = bytes(file);
    int bad = firstInvalidUtf8(data);
    if (bad >= 0) {
      throw new Unreadable("not valid UTF-8 (byte 0x"
          + Integer.toHexString(data[bad] & 0xff) + " at offset " + bad + ")");
    }
    return withoutBom(new String(data, StandardCharsets.UTF_8));
  }

  /** {@link #text}, failing as a usage error that names {@code what} and the file. */
  static String text(Path file, String what) throws UsageException {
    try {
      return text(file);
    } catch (Unreadable e) {
      throw new UsageException(what + ": cannot read " + file + ": " + e.getMessage());
    }
  }

  static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The offset of the first byte that is not well-formed UTF-8, or -1. */
  static int firstInvalidUtf8(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data);
    CoderResult r = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, CharBuffer.allocate(data.length + 1), true);
    return r.isError() ? in.position() : -1;
  }

  /** Why a file cannot be read, in a few words. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }
}

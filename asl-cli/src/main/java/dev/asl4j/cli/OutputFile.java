package dev.asl4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a command's output file safely: never over one of the command's inputs, never through a
 * symbolic link, never into a device or directory, and through a temporary file in the same
 * directory renamed into place, so a failed write leaves the old file as it was.
 */
final class OutputFile {
  private OutputFile() {}

  static void write(Path output, String content, List<Path> inputs) throws UsageException {
    if (Files.isSymbolicLink(output)) {
      throw new UsageException("-o " + output + " is a symbolic link; asl does not write through"
          + " links (name the target itself)");
    }
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException("-o " + output + " exists and is not a regular file");
      }
      for (Path in : inputs) {
        if (in != null && same(output, in)) {
          throw new UsageException("-o " + output + " is an input of this command; refusing to"
              + " overwrite it");
        }
      }
    }
    Path dir = output.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + output.getFileName() + ".", ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + " (" + JsonArgs.describe(e) + ")");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) { // best effort: the error above is what matters
        }
      }
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}

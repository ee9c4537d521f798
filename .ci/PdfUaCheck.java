// The PDF/UA-1 checker that .ci/pdfua-check compiles and runs: see that script.
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * Validates each PDF named on the command line with veraPDF's PDF/UA-1 profile.
 *
 * <p>Prints one line per file, {@code FILE: PASS} or {@code FILE: FAIL}, and under a FAIL one
 * line per broken rule: its id (clause-test), the ISO clause, how many checks of it failed and
 * the rule's description. A file that cannot be read or parsed prints {@code FILE: ERROR}.
 *
 * <p>Exit status: 0 every file passes, 1 some file fails, 2 some file could not be checked.
 */
public final class PdfUaCheck {
  private static final PDFAFlavour FLAVOUR = PDFAFlavour.PDFUA_1;
  private static final String LABEL = "PDF/UA-1";

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: PdfUaCheck FILE.pdf...");
      System.exit(2);
    }
    VeraGreenfieldFoundryProvider.initialise();
    int status = 0;
    for (String name : args) {
      status = Math.max(status, check(name));
    }
    System.out.flush();
    System.exit(status);
  }

  /** Checks one file and prints its verdict; returns 0 (pass), 1 (fail) or 2 (not checked). */
  private static int check(String name) {
    File file = new File(name);
    if (!file.isFile()) {
      System.out.printf("%s: ERROR no such file%n", name);
      return 2;
    }
    long start = System.nanoTime();
    VeraPDFFoundry foundry = Foundries.defaultInstance();
    try (PDFAParser parser = foundry.createParser(file, FLAVOUR)) {
      PDFAValidator validator = foundry.createValidator(FLAVOUR, false);
      ValidationResult result = validator.validate(parser);
      ValidationProfile profile = validator.getProfile();
      long ms = (System.nanoTime() - start) / 1_000_000;

      List<Map.Entry<RuleId, Integer>> broken = new ArrayList<>(result.getFailedChecks().entrySet());
      broken.sort((a, b) -> compareRules(a.getKey(), b.getKey()));
      long failedChecks = 0;
      for (Map.Entry<RuleId, Integer> e : broken) {
        failedChecks += e.getValue();
      }

      if (result.isCompliant()) {
        System.out.printf("%s: PASS (%s, %d ms)%n", name, LABEL, ms);
        return 0;
      }
      System.out.printf("%s: FAIL (%s: %d %s broken, %d failed %s, %d ms)%n", name,
          LABEL, broken.size(), broken.size() == 1 ? "rule" : "rules", failedChecks,
          failedChecks == 1 ? "check" : "checks", ms);
      for (Map.Entry<RuleId, Integer> e : broken) {
        RuleId id = e.getKey();
        Rule rule = profile.getRuleByRuleId(id);
        String description = rule == null || rule.getDescription() == null
            ? "(no description in the profile)"
            : rule.getDescription().replaceAll("\\s+", " ").trim();
        int count = e.getValue();
        System.out.printf("  rule %s-%d, %s clause %s, %d failed %s: %s%n", id.getClause(),
            id.getTestNumber(), specification(id), id.getClause(), count,
            count == 1 ? "check" : "checks", description);
      }
      return 1;
    } catch (Exception | StackOverflowError | OutOfMemoryError ex) {
      String message = ex.getMessage() == null ? "" : ": " + ex.getMessage().replaceAll("\\s+", " ");
      System.out.printf("%s: ERROR %s%s%n", name, ex.getClass().getSimpleName(), message);
      return 2;
    }
  }

  /** The standard a rule belongs to, e.g. "ISO 14289-1:2014". */
  private static String specification(RuleId id) {
    if (id.getSpecification() == null) {
      return "ISO 14289-1";
    }
    String spec = id.getSpecification().getId();
    return spec == null || spec.isEmpty() ? "ISO 14289-1" : spec;
  }

  /** Orders rules by clause, numerically part by part (7.2 before 7.18), then by test number. */
  private static int compareRules(RuleId a, RuleId b) {
    String[] x = a.getClause().split("\\.");
    String[] y = b.getClause().split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = comparePart(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    if (x.length != y.length) {
      return Integer.compare(x.length, y.length);
    }
    return Integer.compare(a.getTestNumber(), b.getTestNumber());
  }

  private static int comparePart(String x, String y) {
    try {
      return Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
    } catch (NumberFormatException e) {
      return x.compareTo(y);
    }
  }
}

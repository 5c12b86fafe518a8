package juece.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import juece.catalog.Catalog;
import juece.catalog.Severity;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Law;
import juece.text.Lang;

/**
 * JUnit XML for CI dashboards: a test suite per dossier, a test case per rule that ran on it (the
 * rules that judge its kind), failing when the rule found something at or above --fail-on. A dossier
 * that could not be read is one erroring test case, dossier/invalid.
 */
public final class JUnitReporter implements Reporter {

    private OutputStream out;
    private Lang lang;
    private Catalog catalog;
    private Severity failOn;
    private Spill spill;
    private XMLStreamWriter suites;
    private int tests;
    private int failures;
    private int errors;

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) throws IOException {
        this.out = out;
        this.lang = lang;
        this.catalog = catalog;
        this.failOn = tool.failOn();
        this.spill = new Spill();
        try {
            // the JDK's own writer, which writes the suites as a fragment; newInstance() would take whichever
            // StAX writer the class path registers (aalto, which fastexcel-reader brings, refuses fragments)
            suites = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(spill.stream, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void dossier(DossierResult d) throws IOException {
        Suite s = suite(d, catalog, failOn);
        tests += s.cases().size();
        failures += s.failures();
        errors += s.errors();
        try {
            writeSuite(suites, s, lang);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The root element carries the totals, so it is written when they are known, the suites after it. */
    @Override
    public void finish(Summary summary) throws IOException {
        try {
            suites.flush();
            String root = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"juece\" tests=\"" + tests
                    + "\" failures=\"" + failures + "\" errors=\"" + errors + "\">";
            out.write(root.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            spill.copyTo(out, 0);
            out.write("\n</testsuites>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            spill.close();
        }
    }

    /** A dossier's test cases: rule id → its findings (empty: passed). */
    private record Suite(DossierResult dossier, Map<String, List<Finding>> cases, Severity failOn) {
        int failures() {
            return (int) cases.values().stream().filter(fs -> !isError(fs) && !failing(fs, failOn).isEmpty()).count();
        }

        int errors() {
            return (int) cases.values().stream().filter(JUnitReporter::isError).count();
        }
    }

    /** A dossier that could not be (fully) checked is an error, not a failed test. */
    private static boolean isError(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(Catalog.DOSSIER_INVALID));
    }

    private static List<Finding> failing(List<Finding> findings, Severity failOn) {
        return isError(findings) ? findings : findings.stream().filter(f -> f.fails(failOn)).toList();
    }

    private static Suite suite(DossierResult d, Catalog catalog, Severity failOn) {
        Map<String, List<Finding>> cases = new LinkedHashMap<>();
        if (d.status() == DossierResult.Status.INVALID) {
            cases.put(Catalog.DOSSIER_INVALID, new ArrayList<>());
        }
        if (d.kind() != null) { // checked (and perhaps found invalid afterwards: a duplicate id)
            for (String id : catalog.ids().keySet()) {
                if (!id.equals(Catalog.DOSSIER_INVALID) && catalog.kinds(id).contains(d.kind())) {
                    cases.put(id, new ArrayList<>());
                }
            }
        }
        for (Finding f : d.findings()) {
            cases.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        return new Suite(d, cases, failOn);
    }

    private static void writeSuite(XMLStreamWriter x, Suite s, Lang lang) throws XMLStreamException {
        DossierResult d = s.dossier();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", Escape.visible(d.heading()));
        x.writeAttribute("file", Escape.visible(d.file()));
        x.writeAttribute("tests", String.valueOf(s.cases().size()));
        x.writeAttribute("failures", String.valueOf(s.failures()));
        x.writeAttribute("errors", String.valueOf(s.errors()));
        x.writeAttribute("skipped", "0");
        for (Map.Entry<String, List<Finding>> c : s.cases().entrySet()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", Escape.visible(d.id() == null ? d.file() : d.id()));
            x.writeAttribute("name", c.getKey());
            x.writeAttribute("file", Escape.visible(d.file()));
            List<Finding> failing = failing(c.getValue(), s.failOn());
            if (!failing.isEmpty()) {
                x.writeStartElement(isError(failing) ? "error" : "failure");
                x.writeAttribute("type", failing.get(0).severity().id());
                x.writeAttribute("message", Escape.visible(failing.get(0).message(lang)));
                x.writeCharacters(Escape.visible(text(failing, lang)));
                x.writeEndElement();
            }
            List<Finding> passing = c.getValue().stream().filter(f -> !failing.contains(f)).toList();
            if (!passing.isEmpty()) {
                x.writeStartElement("system-out");
                x.writeCharacters(Escape.visible(text(passing, lang)));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static String text(List<Finding> findings, Lang lang) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(f.file()).append(':').append(f.position().line()).append(':').append(f.position().column())
                    .append(' ').append(f.severity().id()).append(' ').append(f.message(lang));
            if (f.waived()) {
                b.append(" [waived: ").append(f.waiver().reason()).append(']');
            }
            b.append(" (").append(Law.render(f.basis(), lang)).append(")\n");
        }
        return b.toString();
    }
}

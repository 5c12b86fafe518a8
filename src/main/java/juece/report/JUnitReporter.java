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
import juece.law.Law;
import juece.text.Lang;

/**
 * JUnit XML for CI dashboards: a test suite per dossier, a test case per rule that ran on it (the
 * rules that judge its kind), failing when the rule found something at or above --fail-on. A dossier
 * that could not be read is one erroring test case, dossier/invalid.
 */
public final class JUnitReporter implements Reporter {

    @Override
    public void write(RunReport report, Lang lang, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            List<Suite> suites = new ArrayList<>();
            for (DossierResult d : report.dossiers()) {
                suites.add(suite(d, report.catalog(), report.tool().failOn()));
            }
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "juece");
            x.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(s -> s.cases.size()).sum()));
            x.writeAttribute("failures", String.valueOf(suites.stream().mapToInt(Suite::failures).sum()));
            x.writeAttribute("errors", String.valueOf(suites.stream().mapToInt(Suite::errors).sum()));
            for (Suite s : suites) {
                writeSuite(x, s, lang);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** A dossier's test cases: rule id → its findings (empty: passed). */
    private record Suite(DossierResult dossier, Map<String, List<Finding>> cases, Severity failOn) {
        int failures() {
            return dossier.status() == DossierResult.Status.INVALID ? 0
                    : (int) cases.values().stream().filter(fs -> fs.stream().anyMatch(f -> f.fails(failOn))).count();
        }

        int errors() {
            return dossier.status() == DossierResult.Status.INVALID ? 1 : 0;
        }
    }

    private static Suite suite(DossierResult d, Catalog catalog, Severity failOn) {
        Map<String, List<Finding>> cases = new LinkedHashMap<>();
        if (d.status() == DossierResult.Status.INVALID) {
            cases.put(Catalog.DOSSIER_INVALID, new ArrayList<>());
        } else {
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
        x.writeAttribute("name", d.id() == null ? d.file() : d.id() + " " + d.title());
        x.writeAttribute("file", d.file());
        x.writeAttribute("tests", String.valueOf(s.cases().size()));
        x.writeAttribute("failures", String.valueOf(s.failures()));
        x.writeAttribute("errors", String.valueOf(s.errors()));
        x.writeAttribute("skipped", "0");
        for (Map.Entry<String, List<Finding>> c : s.cases().entrySet()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", d.id() == null ? d.file() : d.id());
            x.writeAttribute("name", c.getKey());
            x.writeAttribute("file", d.file());
            List<Finding> failing = c.getValue().stream().filter(f -> f.fails(s.failOn()) || d.status() == DossierResult.Status.INVALID).toList();
            if (!failing.isEmpty()) {
                x.writeStartElement(d.status() == DossierResult.Status.INVALID ? "error" : "failure");
                x.writeAttribute("type", failing.get(0).severity().id());
                x.writeAttribute("message", failing.get(0).message(lang));
                x.writeCharacters(text(failing, lang));
                x.writeEndElement();
            }
            List<Finding> passing = c.getValue().stream().filter(f -> !failing.contains(f)).toList();
            if (!passing.isEmpty()) {
                x.writeStartElement("system-out");
                x.writeCharacters(text(passing, lang));
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
            b.append(" (").append(Law.get().render(f.basis(), lang)).append(")\n");
        }
        return b.toString();
    }
}

package juece.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence beside a dossier reads the same from an upload as from its folder on disk. */
class AttachmentsTest {

    @Test
    void relativePathsAreReadAsOnDisk() {
        assertEquals("evidence/a.pdf", Attachments.normalize("./evidence/x/../a.pdf"));
        assertEquals("evidence/a.pdf", Attachments.normalize("evidence\\a.pdf"));
        assertNull(Attachments.normalize("../a.pdf"));
        assertNull(Attachments.normalize("evidence/../../a.pdf"));
        assertNull(Attachments.normalize("/etc/passwd"));
        assertNull(Attachments.normalize("C:\\Windows\\win.ini"));
        assertNull(Attachments.normalize("."));
    }

    @Test
    void anUploadAndAFolderGiveTheSameProbe(@TempDir Path dir) throws Exception {
        byte[] bytes = "会议纪要".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("evidence"));
        Files.write(dir.resolve("evidence/minutes.pdf"), bytes);
        Attachments disk = Attachments.folder(dir);
        Attachments upload = Attachments.inMemory(Map.of("evidence/minutes.pdf", bytes));
        for (String file : new String[] {"evidence/minutes.pdf", "evidence/./minutes.pdf", "evidence/none.pdf",
                "../minutes.pdf", "/evidence/minutes.pdf"}) {
            assertEquals(disk.probe(file, true), upload.probe(file, true), file);
        }
        assertEquals(Attachments.State.PRESENT, upload.probe("evidence/minutes.pdf", true).state());
        assertEquals(Attachments.State.NONE, upload.probe(null, true).state());
        assertNull(upload.folder());
    }
}

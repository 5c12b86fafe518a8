package juece.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The benchmark's baseline: a parse-only pass over the same files on the same cores — every
 * {@code *.yaml} read and parsed into a tree with Jackson, nothing checked. Usage: {@code ParseOnly DIR [THREADS]}.
 */
public final class ParseOnly {
    private ParseOnly() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        AtomicLong nodes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int chunk = Math.max(1, files.size() / (threads * 16));
        List<Future<?>> parts = new java.util.ArrayList<>();
        for (int start = 0; start < files.size(); start += chunk) {
            List<Path> part = files.subList(start, Math.min(files.size(), start + chunk));
            parts.add(pool.submit(() -> {
                for (Path f : part) {
                    try {
                        nodes.addAndGet(yaml.readTree(Files.readAllBytes(f)).size());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        pool.shutdown();
        System.out.println(files.size() + " files parsed (" + nodes.get() + " top-level keys)");
    }
}

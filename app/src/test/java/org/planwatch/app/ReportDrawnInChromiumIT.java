package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;

/**
 * The HTML report as a browser draws it: Chromium, headless, takes a screenshot of the report and of
 * each chart on a page of its own, and the pixels are read where the chart's markup puts each
 * reading, the required path and the target. {@link ReportCommandTest} reads the markup; this
 * test sees what an official sees. Skips without Chromium, except in CI, where {@code .ci/run}
 * installs Debian's.
 */
class ReportDrawnInChromiumIT {
    private static final String READINGS = "/org/planwatch/app/report-readings-simulated.csv";
    private static final int READING = 0x2c3e50;
    private static final int PATH = 0x7f8c8d;
    private static final int TARGET = 0xc0392b;
    private static final Pattern CHART = Pattern.compile("<svg [^>]*class=\"chart\".*?</svg>", Pattern.DOTALL);
    private static final Pattern SIZE = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"");
    private static final Pattern DOT = Pattern.compile("<circle class=\"reading\" cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"");
    private static final Pattern POINTS = Pattern.compile("<polyline class=\"%s\"[^>]*points=\"([^\"]+)\"");
    private static final Pattern TARGET_LINE = Pattern.compile(
            "<line class=\"target\" x1=\"([\\d.]+)\" y1=\"([\\d.]+)\" x2=\"([\\d.]+)\" y2=\"([\\d.]+)\"");

    @TempDir
    Path dir;

    @Test
    void shouldDrawEveryReadingThePathAndTheTargetOfEachChart() throws Exception {
        String chromium = chromium();
        assumeTrue(chromium != null, "Chromium not on PATH: the report is not drawn here (CI installs it)");
        Path readings = dir.resolve("readings.csv");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(READINGS))) {
            Files.copy(in, readings);
        }
        String plan = TargetCatalogue.bundled().targets().stream()
                .map(Target::plan)
                .findFirst()
                .orElseThrow();
        Path html = dir.resolve("report.html");
        CommandRun cli = new CommandRun();
        assertThat(cli.run(
                        "report",
                        "--plan",
                        plan,
                        "--format",
                        "html",
                        "--out",
                        html.toString(),
                        "--readings",
                        readings.toString()))
                .as(cli.err.toString())
                .isZero();
        String page = Files.readString(html);

        BufferedImage whole = screenshot(chromium, html, 1200, 20000);
        assertThat(count(whole, TARGET))
                .as("the target's red is drawn somewhere on the report")
                .isGreaterThan(20);

        Matcher charts = CHART.matcher(page);
        int drawn = 0;
        while (charts.find()) {
            String svg = charts.group();
            Matcher size = SIZE.matcher(svg);
            assertThat(size.find()).isTrue();
            int width = Integer.parseInt(size.group(1));
            int height = Integer.parseInt(size.group(2));
            BufferedImage chart = screenshot(chromium, alone(svg, "chart-" + drawn), width, height);
            List<double[]> dots = points(DOT.matcher(svg));
            for (double[] dot : dots) {
                assertThat(near(chart.getRGB((int) Math.round(dot[0]), (int) Math.round(dot[1])), READING))
                        .as("chart %d: the reading drawn at %s,%s", drawn, dot[0], dot[1])
                        .isTrue();
            }
            Matcher path = Pattern.compile(String.format(POINTS.pattern(), "required-path"))
                    .matcher(svg);
            if (path.find()) {
                assertThat(alongPolyline(chart, path.group(1), PATH))
                        .as("chart %d: the required path drawn along its points", drawn)
                        .isGreaterThan(0.3);
            }
            Matcher goal = TARGET_LINE.matcher(svg);
            if (goal.find()) {
                double[] a = {Double.parseDouble(goal.group(1)), Double.parseDouble(goal.group(2))};
                double[] b = {Double.parseDouble(goal.group(3)), Double.parseDouble(goal.group(4))};
                assertThat(along(chart, a, b, TARGET))
                        .as("chart %d: the target line drawn (dashed)", drawn)
                        .isGreaterThan(0.2);
            }
            if (!dots.isEmpty()) {
                // the control: the same chart without its readings shows none where they were
                String bare = svg.replaceAll("<circle class=\"reading\".*?</circle>", "")
                        .replaceAll("<polyline class=\"readings\"[^>]*/>", "");
                BufferedImage without = screenshot(chromium, alone(bare, "bare-" + drawn), width, height);
                long still = dots.stream()
                        .filter(d -> near(without.getRGB((int) Math.round(d[0]), (int) Math.round(d[1])), READING))
                        .count();
                assertThat(still).as("chart %d without readings", drawn).isLessThan(dots.size());
            }
            drawn++;
        }
        assertThat(drawn).as("charts in the report").isGreaterThanOrEqualTo(3);
    }

    private Path alone(String svg, String name) throws Exception {
        Path file = dir.resolve(name + ".html");
        Files.writeString(
                file,
                "<!doctype html><html><head><meta charset=\"utf-8\"></head>"
                        + "<body style=\"margin:0;background:#fff\">" + svg + "</body></html>");
        return file;
    }

    private BufferedImage screenshot(String chromium, Path html, int width, int height) throws Exception {
        Path png = dir.resolve(html.getFileName() + ".png");
        Process p = new ProcessBuilder(
                        chromium,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        "--force-device-scale-factor=1",
                        "--window-size=" + width + "," + height,
                        "--screenshot=" + png,
                        html.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium draws " + html).isTrue();
        assertThat(Files.exists(png))
                .as("chromium's screenshot of " + html + ": " + Files.readString(dir.resolve("chromium.log")))
                .isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        Files.delete(png);
        return image;
    }

    private static List<double[]> points(Matcher m) {
        List<double[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return found;
    }

    /** The share of pixels along a polyline's segments drawn in {@code colour}. */
    private static double alongPolyline(BufferedImage image, String points, int colour) {
        String[] xy = points.trim().split("\\s+");
        double sum = 0;
        for (int i = 1; i < xy.length; i++) {
            sum += along(image, coordinates(xy[i - 1]), coordinates(xy[i]), colour);
        }
        return xy.length > 1 ? sum / (xy.length - 1) : 1;
    }

    private static double[] coordinates(String xy) {
        String[] parts = xy.split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    /** The share of pixels on the segment from a to b (ends left out) drawn in {@code colour}. */
    private static double along(BufferedImage image, double[] a, double[] b, int colour) {
        int steps = (int) Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]));
        int hits = 0;
        int seen = 0;
        for (int s = 2; s < steps - 2; s++) {
            double t = (double) s / steps;
            int x = (int) Math.round(a[0] + t * (b[0] - a[0]));
            int y = (int) Math.round(a[1] + t * (b[1] - a[1]));
            seen++;
            if (tintedAround(image, x, y, colour)) {
                hits++;
            }
        }
        return seen == 0 ? 1 : (double) hits / seen;
    }

    /**
     * Whether a pixel at or next to (x, y) is the colour laid over white at a third of its strength or
     * more: a line one pixel wide between two rows is drawn as two paler rows.
     */
    private static boolean tintedAround(BufferedImage image, int x, int y, int rgb) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0
                        && py >= 0
                        && px < image.getWidth()
                        && py < image.getHeight()
                        && tinted(image.getRGB(px, py), rgb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean tinted(int argb, int rgb) {
        int[] shifts = {16, 8, 0};
        int strongest = 16;
        for (int shift : shifts) {
            if (((rgb >> shift) & 0xff) < ((rgb >> strongest) & 0xff)) {
                strongest = shift;
            }
        }
        double alpha = (255.0 - ((argb >> strongest) & 0xff)) / (255.0 - ((rgb >> strongest) & 0xff));
        if (alpha < 0.33 || alpha > 1.1) {
            return false;
        }
        for (int shift : shifts) {
            double laid = alpha * ((rgb >> shift) & 0xff) + (1 - alpha) * 255;
            if (Math.abs(((argb >> shift) & 0xff) - laid) > 30) {
                return false;
            }
        }
        return true;
    }

    private static long count(BufferedImage image, int colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Within anti-aliasing of the colour: each channel within 40. */
    private static boolean near(int argb, int rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((argb >> shift) & 0xff) - ((rgb >> shift) & 0xff)) > 40) {
                return false;
            }
        }
        return true;
    }

    private static String chromium() {
        String found = Stream.of("chromium", "chromium-browser", "google-chrome")
                .filter(ExternalTools::onPath)
                .findFirst()
                .orElse(null);
        if (System.getenv("CI") != null) {
            assertThat(found).as("chromium (installed by .ci/run)").isNotNull();
        }
        return found;
    }
}

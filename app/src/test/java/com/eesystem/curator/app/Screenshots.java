package com.eesystem.curator.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a snapshot of a scene to target/screenshots and, when {@code -Dcurator.screenshots} names a
 * folder (e.g. docs/screenshots, relative to the checkout), there too; the same convention as
 * {@link CuratorWindowTest}.
 */
final class Screenshots {

    private Screenshots() {}

    static void take(Scene scene, String name) throws Exception {
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage png =
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        for (Path folder : folders()) {
            Files.createDirectories(folder);
            ImageIO.write(png, "png", folder.resolve(name + ".png").toFile());
        }
    }

    private static List<Path> folders() throws IOException {
        List<Path> folders = new ArrayList<>(List.of(Path.of("target", "screenshots")));
        String requested = System.getProperty("curator.screenshots", "");
        if (!requested.isBlank()) {
            Path path = Path.of(requested);
            folders.add(path.isAbsolute() ? path : repositoryRoot().resolve(path));
        }
        return folders;
    }

    private static Path repositoryRoot() throws IOException {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("mvnw"))) {
                return folder;
            }
        }
        throw new IOException(
                "curator.screenshots: no mvnw above " + Path.of("").toAbsolutePath());
    }
}

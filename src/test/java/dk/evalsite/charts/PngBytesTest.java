package dk.evalsite.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The print charts' PNG writer: ImageIO reads back every pixel, and the bytes never vary. */
class PngBytesTest {
  @Test
  void imageIoReadsBackEveryPixel() throws IOException {
    BufferedImage image = sample();
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngBytes.of(image)));
    assertThat(back.getWidth()).isEqualTo(37);
    assertThat(back.getHeight()).isEqualTo(11);
    for (int y = 0; y < 11; y++) {
      for (int x = 0; x < 37; x++) {
        assertThat(back.getRGB(x, y) & 0xffffff)
            .as("pixel %d,%d", x, y)
            .isEqualTo(image.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void theSamePixelsGiveTheSameBytes() {
    assertThat(PngBytes.of(sample())).isEqualTo(PngBytes.of(sample()));
  }

  @Test
  void onlyRgbImagesAreAccepted() {
    assertThatThrownBy(() -> PngBytes.of(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage sample() {
    BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1e7b34));
    g.fillRect(0, 0, 20, 11);
    g.setColor(new Color(0xb3261e));
    g.fillOval(15, 2, 12, 8);
    g.dispose();
    image.setRGB(36, 10, 0x123456);
    return image;
  }
}

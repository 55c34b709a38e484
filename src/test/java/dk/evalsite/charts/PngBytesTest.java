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

  /**
   * A part of a larger image (the print charts are drawn on a reused surface) gives the PNG of that
   * part alone, also where it is not the top left, and a larger PNG before it leaves no trace.
   */
  @Test
  void aSubImageGivesThePngOfItsPixelsAlone() {
    byte[] alone = PngBytes.of(sample());
    BufferedImage larger = new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = larger.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 50, 20);
    g.drawImage(sample(), 5, 3, null);
    g.dispose();
    PngBytes.of(larger);
    assertThat(PngBytes.of(larger.getSubimage(5, 3, 37, 11))).isEqualTo(alone);
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

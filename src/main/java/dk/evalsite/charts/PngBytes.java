package dk.evalsite.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG of an RGB image, written straight from its pixel array: 8-bit truecolour, not interlaced,
 * every row unfiltered, no time stamp or other ancillary chunk, so the same pixels always give the
 * same bytes. ImageIO's PNG writer copies the raster row by row and cost most of a PDF edition's
 * time; PDFBox embeds this form without decoding it (its data is the PDF image stream as is).
 */
final class PngBytes {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /**
   * zlib's level 3, the last of its quick (greedy) levels: compressing the pixels took about a
   * quarter of a PDF edition's time at the default level 6, and level 3 takes about half as long
   * for 8 % larger PDFs (flat-coloured charts gain little from the slower search).
   */
  private static final int LEVEL = 3;

  private PngBytes() {}

  /**
   * Each thread's buffers: the rows to compress and the compressor, kept from image to image (a PDF
   * edition's charts are tens of megabytes of rows, which as fresh arrays kept the garbage
   * collector busy).
   */
  private static final class Buffers {
    byte[] raw = new byte[0];
    final Deflater deflater = new Deflater(LEVEL);
  }

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  /**
   * The PNG of {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB} (a sub-image of a
   * larger one too).
   */
  static byte[] of(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB
        || !(image.getSampleModel() instanceof SinglePixelPackedSampleModel model)) {
      throw new IllegalArgumentException("not an RGB image: type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    DataBufferInt data = (DataBufferInt) image.getRaster().getDataBuffer();
    int[] pixels = data.getData();
    int stride = model.getScanlineStride();
    int origin =
        data.getOffset()
            + model.getOffset(
                -image.getRaster().getSampleModelTranslateX(),
                -image.getRaster().getSampleModelTranslateY());
    Buffers buffers = BUFFERS.get();
    int length = height * (1 + 3 * width);
    if (buffers.raw.length < length) {
      buffers.raw = new byte[length];
    }
    byte[] raw = buffers.raw;
    int at = 0;
    for (int y = 0; y < height; y++) {
      raw[at++] = 0; // filter type None
      for (int x = 0, p = origin + y * stride; x < width; x++, p++) {
        int rgb = pixels[p];
        raw[at++] = (byte) (rgb >>> 16);
        raw[at++] = (byte) (rgb >>> 8);
        raw[at++] = (byte) rgb;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length / 8 + 1024);
    out.writeBytes(SIGNATURE);
    chunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8) // bit depth
            .put((byte) 2) // colour type: truecolour
            .put((byte) 0) // compression: deflate
            .put((byte) 0) // filter method 0
            .put((byte) 0) // not interlaced
            .array());
    chunk(out, "IDAT", deflate(buffers.deflater, raw, length));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static byte[] deflate(Deflater deflater, byte[] raw, int length) {
    deflater.reset();
    deflater.setInput(raw, 0, length);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(length / 8 + 64);
    byte[] buffer = new byte[1 << 16];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

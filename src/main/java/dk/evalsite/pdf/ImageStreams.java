package dk.evalsite.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Hands openhtmltopdf a print document's chart images by their address, as the bytes they are (no
 * base64 to decode). An address the document does not hold reads as no image.
 */
final class ImageStreams implements FSStreamFactory {
  private final Map<String, byte[]> images;

  ImageStreams(Map<String, byte[]> images) {
    this.images = images;
  }

  @Override
  public FSStream getUrl(String url) {
    byte[] bytes = images.get(url);
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
      }

      @Override
      public Reader getReader() {
        InputStream in = getStream();
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
      }
    };
  }
}

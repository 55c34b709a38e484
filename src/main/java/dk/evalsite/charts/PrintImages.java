package dk.evalsite.charts;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chart images of one print document, by the address its {@code <img>} gives them ({@value
 * #SCHEME}{@code :1.png}, ...). The PDF renderer reads the PNG bytes from here: as a base64 data
 * URI each image was encoded, carried through the HTML parser and the document digest, and decoded
 * again, which cost a tenth of a PDF's time. The same image drawn twice gets one address, so the
 * PDF embeds it once. One per document, filled and read by one thread.
 */
public final class PrintImages {
  /** The URI scheme of the images' addresses. */
  public static final String SCHEME = "evalsite-image";

  private final Map<String, byte[]> byName = new LinkedHashMap<>();

  /** The address of {@code png}, the one it already has when the same bytes were added before. */
  String add(byte[] png) {
    for (Map.Entry<String, byte[]> e : byName.entrySet()) {
      if (Arrays.equals(e.getValue(), png)) {
        return e.getKey();
      }
    }
    String name = SCHEME + ":" + (byName.size() + 1) + ".png";
    byName.put(name, png);
    return name;
  }

  /** Every image by its address, in the order they were added. */
  public Map<String, byte[]> all() {
    return Collections.unmodifiableMap(byName);
  }
}

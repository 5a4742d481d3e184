package org.secureaccess.keycloak.letters.pdfspool;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jboss.logging.Logger;

/**
 * Keeps PDFBox away from the server's installed fonts. For every standard 14 font it creates, PDFBox's default
 * font mapper looks for a look-alike font file: on first use it scans the system's font folders and writes
 * {@code ~/.pdfbox.cache}, and where none is installed (Keycloak's container image) it warns, for every font of every
 * letter, that it falls back to LiberationSans. A letter needs no font file at all: the standard 14 fonts are not
 * embedded, and their widths and encodings come from the AFM metrics bundled with PDFBox. So every request is
 * answered, quietly, with the LiberationSans that PDFBox bundles (what its default mapper ends up with anyway);
 * it would only matter for drawing pages as images, which this extension never does.
 *
 * <p>{@link FontMappers} is global to the PDFBox copy it belongs to. In the deployed JAR that copy is relocated and
 * ours alone; where PDFBox is deployed unrelocated (the integration tests), nothing else in Keycloak uses it.
 */
final class BundledFontMapper implements FontMapper {

    private static final Logger LOG = Logger.getLogger(BundledFontMapper.class);
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static boolean installed;

    private final TrueTypeFont font;

    private BundledFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    /**
     * Installs the mapper, once, before the first font is created. Should PDFBox's bundled font be unreadable, PDFBox
     * keeps its default mapper: letters are still written, with its warnings.
     */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try (InputStream in = FontMapper.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("resource " + FONT + " not found");
            }
            FontMappers.set(new BundledFontMapper(new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in))));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("PDFBox's bundled font cannot be read (%s); PDFBox will look for installed fonts instead", e.toString());
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}

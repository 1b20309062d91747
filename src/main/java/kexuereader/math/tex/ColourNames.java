package kexuereader.math.tex;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Colour names as the blog's browser saw them: MathJax 2 passed a plain {@code \color{skyblue}} to CSS, so CSS
 * names win (CSS skyblue is #87CEEB, JLaTeXMath's own skyblue is a pale printer cyan); the dvips names of
 * MathJax's color extension fill in names CSS lacks. Also reads xcolor models ({@code [rgb]{0.1,0.2,0.3}}).
 */
public final class ColourNames {

    private static final Map<String, String> CSS = table("""
            aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc
            bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a
            burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50
            cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b
            darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b
            darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000
            darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f
            darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff
            dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0
            forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520
            gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4
            indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5
            lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff
            lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1
            lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899
            lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32
            linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd
            mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee
            mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970
            mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6
            olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa
            palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9
            peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 rebeccapurple 663399
            red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460
            seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd
            slategray 708090 slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c
            teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3
            white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32
            """);

    /** MathJax 2 color extension's dvips names that CSS does not have, by exact (case-sensitive) name. */
    private static final Map<String, String> DVIPS = table("""
            Apricot FBB982 Bittersweet C04F17 BlueGreen 00B3B8 BrickRed B6321C BurntOrange F7921D
            CarnationPink F282B4 Cerulean 00A2E3 Dandelion FDBC42 Emerald 00A99D JungleGreen 00A99A
            Mahogany A9341F Melon F89E7B Mulberry A93C93 NavyBlue 006EB8 OliveGreen 3C8031 Peach F7965A
            Periwinkle 7977B8 PineGreen 008B72 ProcessBlue 00B0F0 RawSienna 974006 RedOrange F26035
            RedViolet A1246B Rhodamine EF559F RoyalPurple 613F99 RubineRed ED017D Sepia 671800
            TealBlue 00AEB3 VioletRed EF58A0 WildStrawberry EE2967 YellowOrange FAA21A
            """);

    private ColourNames() {
    }

    private static Map<String, String> table(String pairs) {
        String[] words = pairs.trim().split("\\s+");
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) {
            map.put(words[i], "#" + words[i + 1].toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(map);
    }

    /** A CSS name's hex value ({@code #87ceeb}), case-insensitive, or {@code null}. */
    public static String css(String name) {
        return CSS.get(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The colour as {@code #rrggbb}, or {@code null} when it is not understood (it is then left for
     * JLaTeXMath to try).
     *
     * @param model the xcolor model in brackets, or {@code null}
     * @param spec  the colour argument
     */
    public static String resolve(String model, String spec) {
        String s = spec.trim();
        if (model == null || model.isBlank()) {
            if (s.startsWith("#")) {
                return hex(s.substring(1));
            }
            String css = CSS.get(s.toLowerCase(Locale.ROOT));
            return css != null ? css : DVIPS.get(s);
        }
        try {
            String[] parts = s.split("\\s*,\\s*");
            switch (model.trim()) {
                case "HTML":
                    return hex(s);
                case "rgb":
                    return parts.length == 3 ? rgb(unit(parts[0]), unit(parts[1]), unit(parts[2])) : null;
                case "RGB":
                    return parts.length == 3
                            ? rgb(byteValue(parts[0]) / 255.0, byteValue(parts[1]) / 255.0, byteValue(parts[2]) / 255.0)
                            : null;
                case "gray":
                    double g = unit(s);
                    return rgb(g, g, g);
                case "cmyk":
                    if (parts.length != 4) {
                        return null;
                    }
                    double k = unit(parts[3]);
                    return rgb((1 - unit(parts[0])) * (1 - k), (1 - unit(parts[1])) * (1 - k),
                            (1 - unit(parts[2])) * (1 - k));
                default:
                    return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String hex(String digits) {
        String d = digits.trim();
        if (d.length() == 3 && isHex(d)) {
            return ("#" + d.charAt(0) + d.charAt(0) + d.charAt(1) + d.charAt(1) + d.charAt(2) + d.charAt(2))
                    .toLowerCase(Locale.ROOT);
        }
        if (d.length() == 6 && isHex(d)) {
            return "#" + d.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double unit(String s) {
        return Math.max(0, Math.min(1, Double.parseDouble(s.trim())));
    }

    private static double byteValue(String s) {
        return Math.max(0, Math.min(255, Double.parseDouble(s.trim())));
    }

    private static String rgb(double r, double g, double b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r * 255), Math.round(g * 255),
                Math.round(b * 255));
    }
}

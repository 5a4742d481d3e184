package org.secureaccess.keycloak.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * What is hashed (and what an external verifier is told is equivalent): the canonical forms of names, addresses,
 * ZIP codes and dates, so that the same facts typed differently give the same hash.
 *
 * <ul>
 *   <li>Text is folded: accents removed (NFKD), a few letters without a decomposition mapped (Ø→O, Æ→AE, Ł→L, ß→SS,
 *       ...), upper-cased; punctuation removed and spaces collapsed.</li>
 *   <li>Names: apostrophes and periods vanish ({@code O'Brien} → {@code OBRIEN}), hyphens become spaces
 *       ({@code Smith-Jones} → {@code SMITH JONES}). Suffixes are read as {@code JR}, {@code SR}, {@code II} ...
 *       ({@code Junior}, {@code Jr.}, {@code 2nd}). The full name that is compared is first, last and suffix; the
 *       middle name is not part of it (people write it, its initial or nothing).</li>
 *   <li>Addresses: the street lines are read as one ({@code Apt 4} on line 1 or line 2 is the same), with the USPS
 *       abbreviations of Publication 28 for street suffixes ({@code STREET → ST}), directionals
 *       ({@code NORTH → N}), secondary unit designators ({@code APARTMENT → APT}, {@code # → APT}), PO boxes
 *       ({@code P.O. Box}, {@code Post Office Box} → {@code PO BOX}) and a few words common in street and city
 *       names ({@code SAINT → ST}, {@code FORT → FT}, {@code MOUNT → MT}, {@code FIRST → 1ST} ... {@code TENTH}).
 *       A word from these tables is abbreviated wherever it stands ({@code Garden State Parkway} →
 *       {@code GDN STATE PKWY}; USPS abbreviates only the suffix): both sides are read alike, so this only makes
 *       more spellings equal. A hyphen next to a digit joins ({@code 3-B} → {@code 3B}); other hyphens separate words. The same word
 *       rules apply to the city. ZIP codes compare by their first five digits.</li>
 *   <li>Dates: ISO 8601 ({@code 1985-07-04}).</li>
 * </ul>
 */
public final class Normalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** {@code 3-B}, {@code A-1}, {@code 12-34}: a hyphen in a house or unit number joins it. */
    private static final Pattern HYPHEN_BESIDE_DIGIT = Pattern.compile("(?<=[0-9])-|-(?=[0-9])");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Map<Character, String> UNDECOMPOSED = Map.ofEntries(
            Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Œ', "OE"),
            Map.entry('œ', "oe"), Map.entry('Ł', "L"), Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"),
            Map.entry('Þ', "TH"), Map.entry('þ', "th"), Map.entry('ı', "i"), Map.entry('ß', "ss"), Map.entry('Ð', "D"),
            Map.entry('ð', "d"));

    static final Map<String, String> SUFFIXES = Map.ofEntries(
            Map.entry("JR", "JR"), Map.entry("JUNIOR", "JR"), Map.entry("SR", "SR"), Map.entry("SENIOR", "SR"),
            Map.entry("I", "I"), Map.entry("1ST", "I"), Map.entry("II", "II"), Map.entry("2ND", "II"),
            Map.entry("III", "III"), Map.entry("3RD", "III"), Map.entry("IV", "IV"), Map.entry("4TH", "IV"),
            Map.entry("V", "V"), Map.entry("5TH", "V"), Map.entry("VI", "VI"), Map.entry("6TH", "VI"));

    /**
     * Spelling → USPS abbreviation: Publication 28 appendix C1 (street suffixes and their common misspellings), B
     * (directionals) and C2 (secondary unit designators), plus ordinal street names. Filled once, then only read.
     */
    private static final Map<String, String> WORDS = new HashMap<>();

    /** Secondary unit designators, as abbreviated (Publication 28, appendix C2). */
    static final Set<String> UNIT_DESIGNATORS = Set.of("APT", "BSMT", "BLDG", "DEPT", "FL", "FRNT", "HNGR", "KEY", "LBBY",
            "LOT", "LOWR", "OFC", "PH", "PIER", "REAR", "RM", "SIDE", "SLIP", "SPC", "STOP", "STE", "TRLR", "UNIT", "UPPR");

    static {
        abbreviate("ALY", "ALLEY", "ALLEE", "ALLY");
        abbreviate("ANX", "ANNEX", "ANEX", "ANNX");
        abbreviate("ARC", "ARCADE");
        abbreviate("AVE", "AVENUE", "AV", "AVEN", "AVENU", "AVN", "AVNUE");
        abbreviate("BYU", "BAYOU", "BAYOO");
        abbreviate("BCH", "BEACH");
        abbreviate("BND", "BEND");
        abbreviate("BLF", "BLUFF", "BLUF");
        abbreviate("BTM", "BOTTOM", "BOT", "BOTTM");
        abbreviate("BLVD", "BOULEVARD", "BOUL", "BOULV");
        abbreviate("BR", "BRANCH", "BRNCH");
        abbreviate("BRG", "BRIDGE", "BRDGE");
        abbreviate("BRK", "BROOK");
        abbreviate("BYP", "BYPASS", "BYPA", "BYPAS", "BYPS");
        abbreviate("CP", "CAMP", "CMP");
        abbreviate("CYN", "CANYON", "CANYN", "CNYN");
        abbreviate("CPE", "CAPE");
        abbreviate("CSWY", "CAUSEWAY", "CAUSWA");
        abbreviate("CTR", "CENTER", "CEN", "CENT", "CENTR", "CENTRE", "CNTER", "CNTR");
        abbreviate("CIR", "CIRCLE", "CIRC", "CIRCL", "CRCL", "CRCLE");
        abbreviate("CLF", "CLIFF");
        abbreviate("CLB", "CLUB");
        abbreviate("CMN", "COMMON");
        abbreviate("COR", "CORNER");
        abbreviate("CRSE", "COURSE");
        abbreviate("CT", "COURT");
        abbreviate("CTS", "COURTS");
        abbreviate("CV", "COVE");
        abbreviate("CRK", "CREEK");
        abbreviate("CRES", "CRESCENT", "CRSENT", "CRSNT");
        abbreviate("XING", "CROSSING", "CRSSNG");
        abbreviate("DL", "DALE");
        abbreviate("DM", "DAM");
        abbreviate("DV", "DIVIDE", "DIV", "DVD");
        abbreviate("DR", "DRIVE", "DRIV", "DRV");
        abbreviate("EST", "ESTATE");
        abbreviate("ESTS", "ESTATES");
        abbreviate("EXPY", "EXPRESSWAY", "EXP", "EXPR", "EXPRESS", "EXPW");
        abbreviate("EXT", "EXTENSION", "EXTN", "EXTNSN");
        abbreviate("FLS", "FALLS");
        abbreviate("FRY", "FERRY", "FRRY");
        abbreviate("FLD", "FIELD");
        abbreviate("FLDS", "FIELDS");
        abbreviate("FLT", "FLAT");
        abbreviate("FRD", "FORD");
        abbreviate("FRST", "FOREST", "FORESTS");
        abbreviate("FRG", "FORGE", "FORG");
        abbreviate("FRK", "FORK");
        abbreviate("FT", "FORT", "FRT");
        abbreviate("FWY", "FREEWAY", "FREEWY", "FRWAY", "FRWY");
        abbreviate("GDN", "GARDEN", "GARDN", "GRDEN", "GRDN");
        abbreviate("GDNS", "GARDENS", "GRDNS");
        abbreviate("GTWY", "GATEWAY", "GATEWY", "GATWAY", "GTWAY");
        abbreviate("GLN", "GLEN");
        abbreviate("GRN", "GREEN");
        abbreviate("GRV", "GROVE", "GROV");
        abbreviate("HBR", "HARBOR", "HARB", "HARBR", "HRBOR");
        abbreviate("HVN", "HAVEN");
        abbreviate("HTS", "HEIGHTS", "HT");
        abbreviate("HWY", "HIGHWAY", "HIGHWY", "HIWAY", "HIWY", "HWAY");
        abbreviate("HL", "HILL");
        abbreviate("HLS", "HILLS");
        abbreviate("HOLW", "HOLLOW", "HLLW", "HOLLOWS", "HOLWS");
        abbreviate("IS", "ISLAND", "ISLND");
        abbreviate("JCT", "JUNCTION", "JCTION", "JCTN", "JUNCTN", "JUNCTON");
        abbreviate("KNL", "KNOLL", "KNOL");
        abbreviate("LK", "LAKE");
        abbreviate("LKS", "LAKES");
        abbreviate("LNDG", "LANDING", "LNDNG");
        abbreviate("LN", "LANE");
        abbreviate("MNR", "MANOR");
        abbreviate("MDW", "MEADOW");
        abbreviate("MDWS", "MEADOWS", "MEDOWS");
        abbreviate("ML", "MILL");
        abbreviate("MSN", "MISSION", "MISSN", "MSSN");
        abbreviate("MT", "MOUNT", "MNT");
        abbreviate("MTN", "MOUNTAIN", "MNTAIN", "MNTN", "MOUNTIN", "MTIN");
        abbreviate("ORCH", "ORCHARD", "ORCHRD");
        abbreviate("PKWY", "PARKWAY", "PARKWY", "PKWAY", "PKY", "PARKWAYS", "PKWYS");
        abbreviate("PNES", "PINES");
        abbreviate("PL", "PLACE");
        abbreviate("PLN", "PLAIN");
        abbreviate("PLNS", "PLAINS");
        abbreviate("PLZ", "PLAZA", "PLZA");
        abbreviate("PT", "POINT");
        abbreviate("PRT", "PORT");
        abbreviate("PR", "PRAIRIE", "PRR");
        abbreviate("RNCH", "RANCH", "RANCHES", "RNCHS");
        abbreviate("RDG", "RIDGE", "RDGE");
        abbreviate("RIV", "RIVER", "RVR", "RIVR");
        abbreviate("RD", "ROAD");
        abbreviate("RDS", "ROADS");
        abbreviate("RTE", "ROUTE");
        abbreviate("SHR", "SHORE");
        abbreviate("SPG", "SPRING", "SPNG", "SPRNG");
        abbreviate("SPGS", "SPRINGS", "SPNGS", "SPRNGS");
        abbreviate("SQ", "SQUARE", "SQR", "SQRE", "SQU");
        abbreviate("STA", "STATION", "STATN", "STN");
        abbreviate("ST", "STREET", "STRT", "STR", "SAINT");
        abbreviate("SMT", "SUMMIT", "SUMIT", "SUMITT");
        abbreviate("TER", "TERRACE", "TERR");
        abbreviate("TRCE", "TRACE", "TRACES");
        abbreviate("TRL", "TRAIL", "TRAILS", "TRLS");
        abbreviate("TUNL", "TUNNEL", "TUNEL", "TUNLS", "TUNNELS", "TUNNL");
        abbreviate("TPKE", "TURNPIKE", "TRNPK", "TURNPK");
        abbreviate("VLY", "VALLEY", "VALLY", "VLLY");
        abbreviate("VW", "VIEW");
        abbreviate("VLG", "VILLAGE", "VILL", "VILLAG", "VILLG", "VILLIAGE");
        abbreviate("VIS", "VISTA", "VIST", "VST", "VSTA");
        abbreviate("WLS", "WELLS");
        // Directionals (Publication 28, appendix B).
        abbreviate("N", "NORTH");
        abbreviate("S", "SOUTH");
        abbreviate("E", "EAST");
        abbreviate("W", "WEST");
        abbreviate("NE", "NORTHEAST");
        abbreviate("NW", "NORTHWEST");
        abbreviate("SE", "SOUTHEAST");
        abbreviate("SW", "SOUTHWEST");
        // Secondary unit designators (appendix C2).
        abbreviate("APT", "APARTMENT");
        abbreviate("BSMT", "BASEMENT");
        abbreviate("BLDG", "BUILDING");
        abbreviate("DEPT", "DEPARTMENT");
        abbreviate("FL", "FLOOR");
        abbreviate("FRNT", "FRONT");
        abbreviate("HNGR", "HANGAR", "HANGER");
        abbreviate("LBBY", "LOBBY");
        abbreviate("LOWR", "LOWER");
        abbreviate("OFC", "OFFICE");
        abbreviate("PH", "PENTHOUSE");
        abbreviate("RM", "ROOM");
        abbreviate("SPC", "SPACE");
        abbreviate("STE", "SUITE");
        abbreviate("TRLR", "TRAILER");
        abbreviate("UPPR", "UPPER");
        // Ordinal street names.
        abbreviate("1ST", "FIRST");
        abbreviate("2ND", "SECOND");
        abbreviate("3RD", "THIRD");
        abbreviate("4TH", "FOURTH");
        abbreviate("5TH", "FIFTH");
        abbreviate("6TH", "SIXTH");
        abbreviate("7TH", "SEVENTH");
        abbreviate("8TH", "EIGHTH");
        abbreviate("9TH", "NINTH");
        abbreviate("10TH", "TENTH");
    }

    private static void abbreviate(String abbreviation, String... spellings) {
        for (String spelling : spellings) {
            WORDS.put(spelling, abbreviation);
        }
    }

    private Normalizer() {
    }

    /** Accents removed, upper-cased; no other change. Null becomes the empty string. */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String replacement = UNDECOMPOSED.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        return MARKS.matcher(out).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Letters and digits kept, apostrophes and periods dropped, everything else a single space. */
    private static String words(String folded) {
        String noApostrophes = APOSTROPHES.matcher(folded).replaceAll("").replace(".", "");
        StringBuilder out = new StringBuilder(noApostrophes.length());
        for (int i = 0; i < noApostrophes.length(); i++) {
            char c = noApostrophes.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '#' ? c : ' ');
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** One part of a person's name: {@code "  Zoë  O'Brien-Núñez "} → {@code ZOE OBRIEN NUNEZ}. */
    public static String namePart(String value) {
        return words(fold(value)).replace("#", "").strip();
    }

    /** A name suffix as JR, SR, I to VI; anything else as a name part; empty when there is none. */
    public static String suffix(String value) {
        String word = namePart(value).replace(" ", "");
        return SUFFIXES.getOrDefault(word, word);
    }

    /** The compared full name: {@code FIRST|LAST|SUFFIX} (the middle name is not compared). */
    public static String personName(String first, String last, String suffix) {
        return namePart(first) + "|" + namePart(last) + "|" + suffix(suffix);
    }

    /** Both street lines as one: {@code 123 North Main Street, Apartment 4} → {@code 123 N MAIN ST APT 4}. */
    public static String streetAddress(String line1, String line2) {
        String joined = (line1 == null ? "" : line1) + " " + (line2 == null ? "" : line2);
        String numbersJoined = HYPHEN_BESIDE_DIGIT.matcher(fold(joined)).replaceAll("");
        List<String> tokens = new ArrayList<>(List.of(words(numbersJoined.replace("#", " # ")).split(" ")));
        tokens.removeIf(String::isEmpty);
        poBoxes(tokens);
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean afterDesignator = previous != null && UNIT_DESIGNATORS.contains(previous);
            if (token.equals("#")) {
                if (!afterDesignator) {
                    out.add("APT");
                }
                continue;
            }
            if (afterDesignator && (token.equals("NO") || token.equals("NUM") || token.equals("NUMBER"))) {
                continue;
            }
            out.add(WORDS.getOrDefault(token, token));
        }
        return String.join(" ", out);
    }

    /** {@code P O BOX}, {@code POST OFFICE BOX}, {@code POB}, {@code BOX} after {@code PO} → {@code PO BOX}. */
    private static void poBoxes(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("P") && i + 2 < tokens.size() && tokens.get(i + 1).equals("O") && tokens.get(i + 2).equals("BOX")) {
                tokens.subList(i, i + 2).clear();
                tokens.add(i, "PO");
            } else if (tokens.get(i).equals("POST") && i + 2 < tokens.size() && tokens.get(i + 1).equals("OFFICE")
                    && tokens.get(i + 2).equals("BOX")) {
                tokens.subList(i, i + 2).clear();
                tokens.add(i, "PO");
            } else if (tokens.get(i).equals("POB") || tokens.get(i).equals("POBOX")) {
                tokens.set(i, "BOX");
                tokens.add(i, "PO");
            }
        }
    }

    /** A city with the same word rules as street lines: {@code Saint Louis} ≡ {@code St. Louis}. */
    public static String city(String value) {
        List<String> out = new ArrayList<>();
        for (String token : words(fold(value)).replace("#", " ").split(" ")) {
            if (!token.isEmpty()) {
                out.add(WORDS.getOrDefault(token, token));
            }
        }
        return String.join(" ", out);
    }

    /** The first five digits of a ZIP code; whatever digits there are when fewer. */
    public static String zip5(String zip) {
        if (zip == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(5);
        for (int i = 0; i < zip.length() && digits.length() < 5; i++) {
            char c = zip.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The compared address: {@code STREET LINES|CITY|ST|ZIP5}; the addressee is not part of it. */
    public static String address(MailingAddress address) {
        return streetAddress(address.line1(), address.line2()) + "|" + city(address.city()) + "|"
                + address.state().strip().toUpperCase(Locale.ROOT) + "|" + zip5(address.zip());
    }

    /** ISO 8601, {@code 1985-07-04}. */
    public static String date(LocalDate date) {
        return date.toString();
    }
}

/// The names `\p{...}` accepts in Go's regexp syntax (as buf's Go has it: Unicode 16 scripts,
/// general categories with their long names, and Any, Assigned, ASCII and LC), compared as Go
/// compares them: ignoring case after the first letter, underscores, hyphens and spaces.
enum RE2UnicodeClasses {
    static func contains(_ name: String) -> Bool { known.contains(canonical(name)) }

    /// Go's canonical form: the first letter upper case, the others lower, `_`, `-` and spaces dropped.
    static func canonical(_ name: String) -> String {
        var out = ""
        var first = true
        for c in name.unicodeScalars {
            if c == "_" || c == "-" || c == " " { continue }
            if first {
                out.unicodeScalars.append(c.isASCII && c >= "a" && c <= "z" ? Unicode.Scalar(UInt8(c.value) - 32) : c)
                first = false
            } else {
                out.unicodeScalars.append(c.isASCII && c >= "A" && c <= "Z" ? Unicode.Scalar(UInt8(c.value) + 32) : c)
            }
        }
        return out
    }

    private static let known: Set<String> = Set((["Any", "Assigned", "ASCII", "LC"] + categories + categoryAliases + scripts).map(canonical))

    private static let categories = [
        "C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl",
        "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs"
    ]

    private static let categoryAliases = [
        "Other", "Control", "Cntrl", "Format", "Unassigned", "Private_Use", "Surrogate", "Letter", "Cased_Letter",
        "Lowercase_Letter", "Modifier_Letter", "Other_Letter", "Titlecase_Letter", "Uppercase_Letter", "Mark",
        "Combining_Mark", "Spacing_Mark", "Enclosing_Mark", "Nonspacing_Mark", "Number", "Decimal_Number", "Digit",
        "Letter_Number", "Other_Number", "Punctuation", "Punct", "Connector_Punctuation", "Dash_Punctuation",
        "Close_Punctuation", "Final_Punctuation", "Initial_Punctuation", "Other_Punctuation", "Open_Punctuation",
        "Symbol", "Currency_Symbol", "Modifier_Symbol", "Math_Symbol", "Other_Symbol", "Separator", "Line_Separator",
        "Paragraph_Separator", "Space_Separator"
    ]

    private static let scripts = [
        "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah",
        "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal",
        "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform",
        "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan",
        "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Garay", "Georgian", "Glagolitic", "Gothic",
        "Grantha", "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Gurung_Khema", "Han", "Hangul",
        "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana", "Imperial_Aramaic", "Inherited",
        "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi",
        "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki", "Khudawadi", "Kirat_Rai", "Lao", "Latin",
        "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam",
        "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui",
        "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar",
        "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong",
        "Ogham", "Ol_Chiki", "Ol_Onal", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic",
        "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya",
        "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang", "Runic",
        "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian",
        "Sora_Sompeng", "Soyombo", "Sundanese", "Sunuwar", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le",
        "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan",
        "Tifinagh", "Tirhuta", "Todhri", "Toto", "Tulu_Tigalari", "Ugaritic", "Vai", "Vithkuqi", "Wancho",
        "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square"
    ]
}

/// A UTC calendar date and time of day, from seconds since the Unix epoch, and back
/// (the proleptic Gregorian calendar, as protobuf's Timestamp uses).
struct CELCivilTime {
    let year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64
    /// 0 is Sunday.
    let weekday: Int64
    /// 0 is January 1st.
    let dayOfYear: Int64

    init(secondsSinceEpoch: Int64) {
        let days = Self.floorDiv(secondsSinceEpoch, 86_400)
        let secondOfDay = secondsSinceEpoch - days * 86_400
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        weekday = ((days % 7) + 11) % 7
        // Days to civil date (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = Self.floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        dayOfYear = days - Self.daysSinceEpoch(year: year, month: 1, day: 1)
    }

    static func secondsSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        daysSinceEpoch(year: year, month: month, day: day) * 86_400
    }

    static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}

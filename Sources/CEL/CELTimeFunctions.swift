/// The accessors of timestamps and durations (`getFullYear`, `getHours`, ...), in UTC or at a
/// fixed offset written `+hh:mm`; named time zones are not known, and give an error value.
enum CELTimeFunctions {
    static func call(_ name: String, _ args: [CELValue]) -> CELValue? {
        switch args.first {
        case .timestamp(let t)?:
            var offset: Int64 = 0
            if args.count == 2 {
                guard case .string(let zone) = args[1] else { return nil }
                guard let parsed = offsetSeconds(zone) else { return .error("unknown time zone '\(zone)'") }
                offset = parsed
            }
            var seconds = t.seconds
            var nanos = Int64(t.nanos)
            if nanos < 0 { seconds -= 1; nanos += 1_000_000_000 }
            let c = CELCivilTime(secondsSinceEpoch: seconds + offset)
            switch name {
            case "getFullYear": return .int(c.year)
            case "getMonth": return .int(c.month - 1)
            case "getDate": return .int(c.day)
            case "getDayOfMonth": return .int(c.day - 1)
            case "getDayOfWeek": return .int(c.weekday)
            case "getDayOfYear": return .int(c.dayOfYear)
            case "getHours": return .int(c.hour)
            case "getMinutes": return .int(c.minute)
            case "getSeconds": return .int(c.second)
            case "getMilliseconds": return .int(nanos / 1_000_000)
            default: return nil
            }
        case .duration(let d)? where args.count == 1:
            switch name {
            case "getHours": return .int(d.seconds / 3600)
            case "getMinutes": return .int(d.seconds / 60)
            case "getSeconds": return .int(d.seconds)
            case "getMilliseconds": return .int(Int64(d.nanos) / 1_000_000)
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func offsetSeconds(_ zone: String) -> Int64? {
        if zone == "UTC" || zone == "Z" || zone == "Etc/UTC" { return 0 }
        let chars = Array(zone)
        guard chars.count == 6, chars[0] == "+" || chars[0] == "-", chars[3] == ":",
              let h = Int64(String(chars[1...2])), let m = Int64(String(chars[4...5])) else { return nil }
        return (h * 3600 + m * 60) * (chars[0] == "-" ? -1 : 1)
    }
}

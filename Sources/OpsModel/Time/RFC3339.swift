/// Parses and formats RFC 3339 timestamps as nanoseconds since the Unix epoch, with integer civil-date math.
///
/// Accepted: `2026-11-23T12:00:00Z`, a fraction of 1 to 9 digits (further digits are
/// truncated), `Z`/`z` or a `±hh:mm` offset, `T`/`t` or a space between date and time,
/// second 60 (a leap second, counted as the next minute's first second). Invalid calendar
/// dates such as February 30 are rejected.
package enum RFC3339 {
    /// Nanoseconds since the epoch for `text`, or nil when it is not a valid RFC 3339 date-time.
    package static func parse(_ text: String) -> Int64? {
        var copy = text
        return copy.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// Formats `nanos` as UTC with millisecond precision: `2026-11-23T12:00:00.123Z`.
    package static func format(nanos: Int64) -> String {
        let perSecond: Int64 = 1_000_000_000
        var seconds = nanos / perSecond
        var remainder = nanos % perSecond
        if remainder < 0 {
            seconds -= 1
            remainder += perSecond
        }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            days -= 1
            secondOfDay += 86_400
        }
        let (year, month, day) = civil(fromDays: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        func append(_ value: Int64, width: Int) {
            var digits: [UInt8] = []
            var rest = Swift.max(0, value)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            for _ in digits.count..<Swift.max(width, digits.count) { bytes.append(UInt8(ascii: "0")) }
            bytes.append(contentsOf: digits.reversed())
        }
        if year < 0 { bytes.append(UInt8(ascii: "-")) }
        append(Swift.abs(year), width: 4)
        bytes.append(UInt8(ascii: "-"))
        append(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        append(day, width: 2)
        bytes.append(UInt8(ascii: "T"))
        append(secondOfDay / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(secondOfDay / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(secondOfDay % 60, width: 2)
        bytes.append(UInt8(ascii: "."))
        append(remainder / 1_000_000, width: 3)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Nanoseconds since the epoch for the bytes, or nil when they are not a valid RFC 3339 date-time.
    package static func parse(_ text: UnsafeRawBufferPointer) -> Int64? {
        let count = text.count
        guard count >= 20 else { return nil }
        func digits(_ offset: Int, _ length: Int) -> Int64? {
            var value: Int64 = 0
            for index in offset..<(offset + length) {
                let digit = text[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int64(digit)
            }
            return value
        }
        guard let year = digits(0, 4), text[4] == UInt8(ascii: "-"),
              let month = digits(5, 2), text[7] == UInt8(ascii: "-"),
              let day = digits(8, 2),
              text[10] == UInt8(ascii: "T") || text[10] == UInt8(ascii: "t") || text[10] == UInt8(ascii: " "),
              let hour = digits(11, 2), text[13] == UInt8(ascii: ":"),
              let minute = digits(14, 2), text[16] == UInt8(ascii: ":"),
              let second = digits(17, 2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              hour <= 23, minute <= 59, second <= 60
        else { return nil }
        var index = 19
        var fraction: Int64 = 0
        if text[index] == UInt8(ascii: ".") {
            index += 1
            var scale: Int64 = 100_000_000
            let fractionStart = index
            while index < count, case let digit = text[index] &- UInt8(ascii: "0"), digit < 10 {
                fraction += Int64(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > fractionStart else { return nil }
        }
        guard index < count else { return nil }
        var offsetSeconds: Int64 = 0
        switch text[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard count - index >= 6, let offsetHours = digits(index + 1, 2), text[index + 3] == UInt8(ascii: ":"),
                  let offsetMinutes = digits(index + 4, 2), offsetHours <= 23, offsetMinutes <= 59
            else { return nil }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == count else { return nil }
        let days = Self.days(fromYear: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        return scaled + fraction
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    package static func days(fromYear year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (`civil_from_days`).
    package static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

#!/usr/bin/python3
"""Reads an iCalendar file with Debian's python3-icalendar and checks what planc wrote.

usage: /usr/bin/python3 validate.py FILE.ics EXPECTED_EVENTS
Every event must have a UID, a DTSTAMP, an all-day DTSTART, a SUMMARY naming a plan,
and the file must parse without errors; the number of events must be as expected.
"""
import sys

import icalendar


def main():
    with open(sys.argv[1], 'rb') as f:
        data = f.read()
    for line in data.split(b'\r\n'):
        if len(line) > 75:
            print('line longer than 75 octets:', line[:40])
            return 1
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk('VEVENT'))
    problems = []
    uids = set()
    for event in events:
        for key in ('UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'):
            if key not in event:
                problems.append(f'event without {key}')
        uid = str(event.get('UID'))
        if uid in uids:
            problems.append(f'duplicate UID {uid}')
        uids.add(uid)
        if '《' not in str(event.get('SUMMARY', '')):
            problems.append('summary does not name a plan')
    if len(events) != int(sys.argv[2]):
        problems.append(f'{len(events)} events, expected {sys.argv[2]}')
    for p in problems:
        print(p)
    if not problems:
        print(f'{sys.argv[1]}: {len(events)} events read by icalendar {icalendar.__version__}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

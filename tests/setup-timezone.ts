// Pin a time zone with daylight saving, so tests of local-time logic are the same on every
// machine and cross a DST change on purpose (Europe/Berlin: last Sundays of March and October).
process.env.TZ = 'Europe/Berlin';

import { optional_host_permissions as sites } from '../../manifest.json';
import { browser } from './browser';

/**
 * The video-meeting sites Sitwell may look for, as match patterns. The one list is the manifest's
 * `optional_host_permissions`: the browser grants exactly those when the person turns "wait for
 * meetings" on, and never anything else (no "tabs", no access to other sites).
 */
export const MEETING_SITES: readonly string[] = Object.freeze([...sites]);

/** "meet.google.com", "zoom.us": the sites' host names, for the settings form's hint. */
export function meetingHosts(): string[] {
  return MEETING_SITES.map((pattern) => pattern.replace(/^https:\/\/(\*\.)?/, '').replace(/\/\*$/, ''));
}

const access = () => ({ origins: [...MEETING_SITES] });

/**
 * Asks the person for the meeting sites' permission; resolves whether it was granted. Browsers
 * accept this only during a click, so call it first thing in the handler, before any await.
 */
export async function requestMeetingAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request(access());
  } catch {
    return false;
  }
}

export async function hasMeetingAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(access());
  } catch {
    return false;
  }
}

/** Gives the permission back when waiting for meetings is off: Sitwell keeps no access it does not use. */
export async function releaseMeetingAccess(): Promise<void> {
  try {
    if (await browser.permissions.contains(access())) await browser.permissions.remove(access());
  } catch {
    // Nothing granted, or the browser refused: either way there is nothing to give back.
  }
}

/**
 * Whether a tab on a meeting site is playing sound (a call in progress). Without "tabs", a query
 * by URL only ever sees the sites the extension has permission for: exactly these.
 */
export async function meetingAudible(): Promise<boolean> {
  if (!(await hasMeetingAccess())) return false;
  try {
    const tabs = await browser.tabs.query({ audible: true, url: [...MEETING_SITES] });
    return tabs.length > 0;
  } catch {
    return false;
  }
}

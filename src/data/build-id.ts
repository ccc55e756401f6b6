// One id per build, shared by the kiosk pages and the version file they poll: when it changes, the
// screens know a new build is on the server. SITE_BUILD_ID (a commit hash, say) makes it reproducible.
export const BUILD_ID = process.env.SITE_BUILD_ID ?? new Date().toISOString();

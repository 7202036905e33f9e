/**
 * Signs out (the session is revoked on the server too) and goes home. next-auth's client (~10 KB
 * gzipped) is imported on click: every page has the menus, few visits end in signing out.
 */
export async function signOutAndGoHome(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ redirectTo: "/" });
}

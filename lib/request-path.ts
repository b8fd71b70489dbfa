/** The request header proxy.ts writes with the path and query string a page was asked for (read by requireActor). */
export const REQUEST_PATH_HEADER = "x-parallax-path";

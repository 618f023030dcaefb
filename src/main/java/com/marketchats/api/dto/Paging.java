package com.marketchats.api.dto;

/** Forward paging (spec: PackagingForwardScrollingPagerDTO); no token means the last page. */
public record Paging(String nextPageToken) {

    public static final Paging LAST = new Paging(null);

    public boolean hasNext() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }
}

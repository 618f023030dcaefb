package com.marketchats.sandbox;

import com.sun.net.httpserver.Headers;

/** What an operation gets: the business from the path, the query, the headers and the bounded body. */
record OperationRequest(long businessId, QueryParams query, Headers headers, byte[] body) {
}

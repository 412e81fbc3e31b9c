package dev.releaserules.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/**
 * One answer of GitHub: the status, the parsed body (a missing node when empty) and the headers.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param headers the headers
 */
public record Answer(int status, JsonNode body, HttpHeaders headers) {
}

/**
 * The MSP JSON wire format: {@link org.mspsdk.json.MspJson} reads and writes one record per document and JSON
 * Lines datasets as streams ({@link org.mspsdk.json.JsonLinesReader}, {@link org.mspsdk.json.JsonLinesWriter});
 * {@link org.mspsdk.json.DecodeOptions} chooses strict or tolerant decoding and bounds hostile input;
 * {@link org.mspsdk.json.MspModule} plugs the same binding into a user's own Jackson {@code JsonMapper}. Every
 * bad input is an {@link org.mspsdk.json.MspDecodeException} with a JSON Pointer, line and column, and no
 * personal data; inside a Jackson mapper the module throws it as a Jackson exception,
 * {@link org.mspsdk.json.MspDatabindException}, so that frameworks answer bad input as bad input. Jackson is confined to this module: the model in msp-core knows nothing of JSON.
 */
package org.mspsdk.json;

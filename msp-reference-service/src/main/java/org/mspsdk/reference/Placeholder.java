package org.mspsdk.reference; class Placeholder {}

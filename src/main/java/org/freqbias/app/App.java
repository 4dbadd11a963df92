package org.freqbias.app;
public class App { public static void launchWith(String s) { System.out.println("app stub"); } }

package dev.marketassist.product;

/** A product's service type (SPEC §6): ops service 运维服务, software service 软件服务, image service 镜像服务. */
public enum ServiceType {

	OPS, SOFTWARE, IMAGE

}
